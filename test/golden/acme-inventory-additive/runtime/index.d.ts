// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
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
