// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
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
