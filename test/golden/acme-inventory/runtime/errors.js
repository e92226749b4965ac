// Generated from acme-inventory.yaml — do not edit.
export class ApiError extends Error {
  /** HTTP status, when there was a response. */
  status;
  /** The error's type as the body names it (the spec's type field, RFC 9457 `type`). */
  type;
  code;
  /** The request parameter the error is about, when the body names one. */
  param;
  requestId;
  /** The response body as documented by the operation's error responses (text when not JSON). */
  body;
  /** Response headers with lower-cased names. */
  headers;
  constructor(message, init = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.param = init.param;
    this.requestId = init.requestId;
    this.body = init.body;
    this.headers = init.headers;
    if (init.fields) Object.assign(this, init.fields);
  }
  /** The response body (an alias of `body`, the name hand-written SDKs use). */
  get raw() {
    return this.body;
  }
  toJSON() {
    return Object.assign({ name: this.name, message: this.message }, this);
  }
}
/** HTTP 400. */
export class BadRequestError extends ApiError {}
/** HTTP 401. */
export class AuthenticationError extends ApiError {}
/** HTTP 403. */
export class PermissionDeniedError extends ApiError {}
/** HTTP 404. */
export class NotFoundError extends ApiError {}
/** HTTP 409. */
export class ConflictError extends ApiError {}
/** HTTP 422. */
export class UnprocessableEntityError extends ApiError {}
/** HTTP 429. */
export class RateLimitError extends ApiError {}
/** HTTP 500 and above. */
export class InternalServerError extends ApiError {}
/** The request never got a response (network failure, reset connection). */
export class ConnectionError extends ApiError {}
/** An attempt exceeded `timeoutMs`. A kind of connection error. */
export class TimeoutError extends ConnectionError {}
/** The caller's `AbortSignal` fired. Never retried. */
export class AbortError extends ApiError {}
/** Rejected locally before anything was sent (validator failure, bad argument, no credentials). */
export class RequestValidationError extends ApiError {
  /** The validator's raw (ajv) errors; empty for non-validator checks. */
  issues;
  constructor(message, issues = []) {
    super(message);
    this.issues = issues;
  }
}
/** A 2xx response body did not match the spec (only with `validateResponses`). */
export class ResponseValidationError extends ApiError {
  issues;
  constructor(message, issues, init = {}) {
    super(message, init);
    this.issues = issues;
  }
}
const BY_STATUS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};
/** The neutral class for an HTTP status: `ApiError` itself for statuses without one. */
export function statusErrorClass(status) {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
}
/**
 * Names live on the prototypes (not as own fields) so they show in stacks and `String(err)`
 * without cluttering JSON or inspect output, and survive minifiers. The generated client calls
 * this for the classes its spec declares.
 */
export function nameErrorClasses(classes) {
  for (const [name, cls] of Object.entries(classes)) {
    Object.defineProperty(cls.prototype, "name", {
      value: name,
      writable: true,
      configurable: true,
    });
    Object.defineProperty(cls, "name", { value: name, configurable: true });
  }
}
nameErrorClasses({
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  RequestValidationError,
  ResponseValidationError,
});
