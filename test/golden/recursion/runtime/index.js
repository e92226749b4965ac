// Generated from recursion.yaml — do not edit.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
export {
  APIError,
  AbortError,
  AuthenticationError,
  CardError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  StripeError,
  TimeoutError,
} from "./errors.js";
export { encodeForm } from "./form.js";
