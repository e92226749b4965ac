// Generated from spec/openapi.yaml (sha256 35949938d8902dc1a02689d2d8138e81f7de0b6f54ff2948aac91f73e958e927).
// Do not edit: change the spec and run `npm run generate`.
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
