// Generated from test/fixtures/specs/acme-payments.yaml (sha256 13b440def10907efb9f4268058fcb7315941641cbe81cd4b0aa2b67039da8ded).
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
