// Generated from test/fixtures/specs/nullable-30.yaml (sha256 9bc51cbee99d09e3a58678cf8e2fe8b99ecb80ac9fdf84d1624680791d674623).
// Do not edit: change the spec and run `npm run generate`.
/** Public surface of the client runtime, imported by the generated client. */
export { Transport } from "./transport.js";
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
} from "./errors.js";
export { encodeForm } from "./form.js";
