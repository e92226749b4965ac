// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
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
