// Generated from test/fixtures/specs/multi-file/openapi.yaml (sha256 172367512e68d7203349a46d241757817a151baa7957ea6b840c6e7f906301a8).
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
