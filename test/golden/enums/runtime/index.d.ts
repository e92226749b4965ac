// Generated from enums.yaml — do not edit.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
export type {
  BaseClientOptions,
  BaseRequestOptions,
  FetchLike,
  NoContent,
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
