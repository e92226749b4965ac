// Generated from openapi.yaml — do not edit.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
export type {
  ClientOptions,
  FetchLike,
  RequestOptions,
  ResponseMeta,
  SleepFn,
  TransportConfig,
  WithResponse,
} from "./types.js";
export type {
  BodyEncoding,
  OperationDescriptor,
  ValidationIssue,
  Validator,
} from "./descriptor.js";
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
  type StripeErrorInit,
} from "./errors.js";
export { encodeForm } from "./form.js";
