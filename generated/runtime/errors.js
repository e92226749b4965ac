// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
export class StripeError extends Error {
  /** HTTP status, when there was a response. */
  status;
  /** `error.type` from the response body, e.g. `card_error`. */
  type;
  code;
  param;
  declineCode;
  docUrl;
  requestId;
  raw;
  headers;
  constructor(message, init = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.param = init.param;
    this.declineCode = init.declineCode;
    this.docUrl = init.docUrl;
    this.requestId = init.requestId;
    this.raw = init.raw;
    this.headers = init.headers;
  }
  toJSON() {
    return Object.assign({ name: this.name, message: this.message }, this);
  }
}
/** `card_error`: the card was declined or cannot be charged. */
export class CardError extends StripeError {}
/** `invalid_request_error`, or an untyped 400/404. */
export class InvalidRequestError extends StripeError {}
/** `api_error`, or an untyped 5xx. */
export class APIError extends StripeError {}
/** `idempotency_error`: the key was reused with different parameters. */
export class IdempotencyError extends StripeError {}
/** `authentication_error` or 401. */
export class AuthenticationError extends StripeError {}
/** `permission_error` or 403. */
export class PermissionError extends StripeError {}
/** `rate_limit_error` or 429. */
export class RateLimitError extends StripeError {}
/** The request never got a response (network failure, reset connection). Retried. */
export class ConnectionError extends StripeError {}
/** An attempt exceeded `timeoutMs`. A kind of connection error; retried. */
export class TimeoutError extends ConnectionError {}
/** The caller's `AbortSignal` fired. Never retried. */
export class AbortError extends StripeError {}
/** Rejected locally before anything was sent (validator failure, bad path argument). */
export class RequestValidationError extends StripeError {
  /** The validator's raw (ajv) errors; empty for non-validator checks. */
  issues;
  constructor(message, issues = []) {
    super(message);
    this.issues = issues;
  }
}
/** A 2xx response body did not match the spec (only with `validateResponses`). */
export class ResponseValidationError extends StripeError {
  issues;
  constructor(message, issues, init = {}) {
    super(message, init);
    this.issues = issues;
  }
}
// Names live on the prototypes (not as own fields) so they show in stacks and `String(err)`
// without cluttering JSON or inspect output.
const classes = [
  [StripeError, "StripeError"],
  [CardError, "CardError"],
  [InvalidRequestError, "InvalidRequestError"],
  [APIError, "APIError"],
  [IdempotencyError, "IdempotencyError"],
  [AuthenticationError, "AuthenticationError"],
  [PermissionError, "PermissionError"],
  [RateLimitError, "RateLimitError"],
  [ConnectionError, "ConnectionError"],
  [TimeoutError, "TimeoutError"],
  [AbortError, "AbortError"],
  [RequestValidationError, "RequestValidationError"],
  [ResponseValidationError, "ResponseValidationError"],
];
for (const [cls, name] of classes) {
  Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true });
}
