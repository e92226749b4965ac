// Generated from acme-payments.yaml — do not edit.
/**
 * Option and result types of the client runtime. The generated client extends the option types
 * with what its spec declares (credentials, `x-client-option` headers, `idempotencyKey`).
 */
import type { ApiConfig } from "./api.js";
/** The subset of `fetch` the runtime calls. Defaults to `globalThis.fetch`, looked up per call. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
/** Options every generated client takes. */
export interface BaseClientOptions {
  /** Overrides the spec's default server, e.g. `http://127.0.0.1:8080`. */
  readonly baseUrl?: string;
  /** Custom fetch implementation; default `globalThis.fetch`, looked up at call time. */
  readonly fetch?: FetchLike;
  /** Retries after the first attempt. Default: the spec's retry policy (else 2). */
  readonly maxRetries?: number;
  /** Per-attempt timeout in milliseconds. Default: the spec's (else 60 000). */
  readonly timeoutMs?: number;
  /** Aborts every call made with this client. */
  readonly signal?: AbortSignal;
  /** Headers sent with every call (credentials always come from the credential options). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Run the operation's request validator before sending. Default true. */
  readonly validateRequests?: boolean;
  /** Run the operation's response validator on 2xx bodies. Default false. */
  readonly validateResponses?: boolean;
  /** Appended (after a space) to the generated package's User-Agent. */
  readonly userAgent?: string;
}
/** Options every call takes. */
export interface BaseRequestOptions {
  /** Aborts the call at once (also during a retry wait); rejects with `AbortError`, never retried. */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  /** Extra headers, merged over the client's. Credentials always come from the credential options. */
  readonly headers?: Readonly<Record<string, string>>;
}
/** Response metadata, attached to results as the non-enumerable `lastResponse` property. */
export interface ResponseMeta {
  readonly status: number;
  /** The request-id response header (the spec's, else `Request-Id`, else `X-Request-Id`). */
  readonly requestId: string | undefined;
  /** Response headers with lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The idempotency key that was sent (or echoed back), if any. */
  readonly idempotencyKey?: string;
}
/** A result with its response metadata (`lastResponse`, non-enumerable). */
export type WithResponse<T> = T & {
  readonly lastResponse: ResponseMeta;
};
/** The result of an operation whose success response has no body: only `lastResponse`. */
export interface NoContent {}
/** Waits `ms` milliseconds; should reject or resolve early when `signal` aborts. */
export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;
/** Supplied by the generated code (and by tests); not part of the user-facing options. */
export interface TransportConfig {
  /** The spec's server URL. */
  readonly defaultBaseUrl: string;
  /** e.g. `acme-client/1.0.0`. */
  readonly userAgent?: string;
  /** What the spec declares for the whole API (default: nothing declared). */
  readonly api?: ApiConfig;
  /** Per-request option names; one passed in `params` gets a message saying where it belongs. */
  readonly requestOptionNames?: readonly string[];
  /** Testing hook: replaces the backoff wait. */
  readonly sleep?: SleepFn;
  /** Testing hook: jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /** Testing hook: clock for `Retry-After` dates. Default `Date.now`. */
  readonly now?: () => number;
}
