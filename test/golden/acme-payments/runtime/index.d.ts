// Generated from test/fixtures/specs/acme-payments.yaml (sha256 2555f4fe97f2dd73a37f60675c39163458047e5606070f161c380ca8d366e1a6).
// Do not edit: change the spec and run `npm run generate`.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
export type {
  BaseClientOptions,
  BaseRequestOptions,
  FetchLike,
  ResponseMeta,
  SleepFn,
  TransportConfig,
  WithResponse,
} from "./types.js";
export type { ApiConfig, ErrorMapping, RetryPolicy, SecurityScheme } from "./api.js";
export type { Credential } from "./auth.js";
export type {
  BodyEncoding,
  OperationDescriptor,
  ValidationIssue,
  Validator,
} from "./descriptor.js";
export type { ParamStyle } from "./serialise.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  nameErrorClasses,
  type ApiErrorInit,
  type ErrorClass,
} from "./errors.js";
export { encodeForm } from "./form.js";
