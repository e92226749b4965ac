// Generated from spec/openapi.yaml (sha256 2e69b16c9ae8e939013d4ff219ea7b4378caf81aa97de9f25126bd3c1ccff590).
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
