// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
// Do not edit: change the spec and run `npm run generate`.
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
