// Generated from test/fixtures/specs/hostile.yaml (sha256 e2c68f8638f8524214e75168f04415c44d0aa89f85d1058e62b501a6de00c586).
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
