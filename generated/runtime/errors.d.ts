// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * The error hierarchy. Every error the runtime produces is a `StripeError`; API errors are mapped
 * from the response (see `error-from-response.ts`). Everything stored here has already been
 * redacted of the API key by the caller.
 */
import type { ValidationIssue } from "./descriptor.js";
export interface StripeErrorInit {
  readonly status?: number | undefined;
  readonly type?: string | undefined;
  readonly code?: string | undefined;
  readonly param?: string | undefined;
  readonly declineCode?: string | undefined;
  readonly docUrl?: string | undefined;
  readonly requestId?: string | undefined;
  /** The parsed response body, or its text when it is not JSON. */
  readonly raw?: unknown;
  /** Response headers, lower-cased names. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly cause?: unknown;
}
export declare class StripeError extends Error {
  /** HTTP status, when there was a response. */
  readonly status: number | undefined;
  /** `error.type` from the response body, e.g. `card_error`. */
  readonly type: string | undefined;
  readonly code: string | undefined;
  readonly param: string | undefined;
  readonly declineCode: string | undefined;
  readonly docUrl: string | undefined;
  readonly requestId: string | undefined;
  readonly raw: unknown;
  readonly headers: Readonly<Record<string, string>> | undefined;
  constructor(message: string, init?: StripeErrorInit);
  toJSON(): Record<string, unknown>;
}
/** `card_error`: the card was declined or cannot be charged. */
export declare class CardError extends StripeError {}
/** `invalid_request_error`, or an untyped 400/404. */
export declare class InvalidRequestError extends StripeError {}
/** `api_error`, or an untyped 5xx. */
export declare class APIError extends StripeError {}
/** `idempotency_error`: the key was reused with different parameters. */
export declare class IdempotencyError extends StripeError {}
/** `authentication_error` or 401. */
export declare class AuthenticationError extends StripeError {}
/** `permission_error` or 403. */
export declare class PermissionError extends StripeError {}
/** `rate_limit_error` or 429. */
export declare class RateLimitError extends StripeError {}
/** The request never got a response (network failure, reset connection). Retried. */
export declare class ConnectionError extends StripeError {}
/** An attempt exceeded `timeoutMs`. A kind of connection error; retried. */
export declare class TimeoutError extends ConnectionError {}
/** The caller's `AbortSignal` fired. Never retried. */
export declare class AbortError extends StripeError {}
/** Rejected locally before anything was sent (validator failure, bad path argument). */
export declare class RequestValidationError extends StripeError {
  /** The validator's raw (ajv) errors; empty for non-validator checks. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues?: readonly ValidationIssue[]);
}
/** A 2xx response body did not match the spec (only with `validateResponses`). */
export declare class ResponseValidationError extends StripeError {
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, issues: readonly ValidationIssue[], init?: StripeErrorInit);
}
