// Generated from test/fixtures/specs/composition.yaml (sha256 c9dcfea65c19d33ca17eb60448a5d896e99608507aa42d62b96e7cffee7e654f).
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
