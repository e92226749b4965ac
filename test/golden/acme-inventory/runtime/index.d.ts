// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
// Do not edit: change the spec and run `npm run generate`.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
export type {
  ClientOptions,
  FetchLike,
  NoContent,
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
