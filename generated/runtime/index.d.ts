// Generated from spec/openapi.yaml (sha256 8b159c9ee2e6e00400481a86cc1ddbb098c92e9260baa056408bd5631255bc95).
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
