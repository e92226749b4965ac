// Generated from acme-inventory.yaml — do not edit.
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
export declare class ApiError<TBody = unknown> extends Error {
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
  readonly title?: string;
  readonly detail?: string;
  readonly instance?: string;
  constructor(message: string, init?: ApiErrorInit);
  /** The response body (an alias of `body`, the name hand-written SDKs use). */
  get raw(): TBody;
  toJSON(): Record<string, unknown>;
}
/** The constructor shape every error class shares. */
export type ErrorClass = new (message: string, init?: ApiErrorInit) => ApiError;
/** HTTP 400. */
export declare class BadRequestError extends ApiError {}
/** HTTP 401. */
export declare class AuthenticationError extends ApiError {}
/** HTTP 403. */
export declare class PermissionDeniedError extends ApiError {}
/** HTTP 404. */
export declare class NotFoundError extends ApiError {}
/** HTTP 409. */
export declare class ConflictError extends ApiError {}
/** HTTP 422. */
export declare class UnprocessableEntityError extends ApiError {}
/** HTTP 429. */
export declare class RateLimitError extends ApiError {}
/** HTTP 500 and above. */
export declare class InternalServerError extends ApiError {}
/** The request never got a response (network failure, reset connection). */
export declare class ConnectionError extends ApiError {}
/** An attempt exceeded `timeoutMs`. A kind of connection error. */
export declare class TimeoutError extends ConnectionError {}
/** The caller's `AbortSignal` fired. Never retried. */
export declare class AbortError extends ApiError {}
/** Rejected locally before anything was sent (validator failure, bad argument, no credentials). */
export declare class RequestValidationError extends ApiError {
  /** The validator's raw (ajv) errors; empty for non-validator checks. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues?: readonly ValidationIssue[]);
}
/** A 2xx response body did not match the spec (only with `validateResponses`). */
export declare class ResponseValidationError extends ApiError {
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[], init?: ApiErrorInit);
}
/** The neutral class for an HTTP status: `ApiError` itself for statuses without one. */
export declare function statusErrorClass(status: number): ErrorClass;
/**
 * Names live on the prototypes (not as own fields) so they show in stacks and `String(err)`
 * without cluttering JSON or inspect output, and survive minifiers. The generated client calls
 * this for the classes its spec declares.
 */
export declare function nameErrorClasses(classes: Readonly<Record<string, Function>>): void;
