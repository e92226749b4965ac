/**
 * The error hierarchy. Every error the runtime throws is an `ApiError`: classes by HTTP status,
 * plus connection, timeout, abort and validation errors. A spec can add its own classes (declared
 * by `x-errors`, emitted beside the client) and rename the base class. Everything stored here has
 * already been redacted of every credential by the caller.
 */
import type { ValidationIssue } from "./descriptor.js";

export interface ApiErrorInit {
  readonly status?: number | undefined;
  readonly type?: string | undefined;
  readonly code?: string | undefined;
  readonly param?: string | undefined;
  readonly requestId?: string | undefined;
  /** The parsed response body, or its text when it is not JSON. */
  readonly body?: unknown;
  /** Response headers, lower-cased names. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** More properties read from the body (RFC 9457 `title`/`detail`, spec-declared fields). */
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

export class ApiError<TBody = unknown> extends Error {
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** The error's type as the body names it (the spec's type field, RFC 9457 `type`). */
  readonly type: string | undefined;
  readonly code: string | undefined;
  /** The request parameter the error is about, when the body names one. */
  readonly param: string | undefined;
  readonly requestId: string | undefined;
  /** The response body as documented by the operation's error responses (text when not JSON). */
  readonly body: TBody;
  /** Response headers with lower-cased names. */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** RFC 9457 problem details, when the body is one. */
  declare readonly title?: string;
  declare readonly detail?: string;
  declare readonly instance?: string;

  constructor(message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.param = init.param;
    this.requestId = init.requestId;
    this.body = init.body as TBody;
    this.headers = init.headers;
    if (init.fields) Object.assign(this, init.fields);
  }

  /** The response body (an alias of `body`, the name hand-written SDKs use). */
  get raw(): TBody {
    return this.body;
  }

  toJSON(): Record<string, unknown> {
    return Object.assign({ name: this.name, message: this.message }, this as object);
  }
}

/** The constructor shape every error class shares. */
export type ErrorClass = new (message: string, init?: ApiErrorInit) => ApiError;

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
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/** A 2xx response body did not match the spec (only with `validateResponses`). */
export class ResponseValidationError extends ApiError {
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[], init: ApiErrorInit = {}) {
    super(message, init);
    this.issues = issues;
  }
}

const BY_STATUS: Readonly<Record<number, ErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The neutral class for an HTTP status: `ApiError` itself for statuses without one. */
export function statusErrorClass(status: number): ErrorClass {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
}

/**
 * Names live on the prototypes (not as own fields) so they show in stacks and `String(err)`
 * without cluttering JSON or inspect output, and survive minifiers. The generated client calls
 * this for the classes its spec declares.
 */
export function nameErrorClasses(classes: Readonly<Record<string, Function>>): void {
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
