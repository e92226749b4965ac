// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Public option and result types of the client runtime. */
/** The subset of `fetch` the runtime calls. Defaults to `globalThis.fetch`, looked up per call. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export interface ClientOptions {
  /** Secret API key, sent as `Authorization: Bearer <key>`. Never logged or stored on errors. */
  readonly apiKey: string;
  /** Overrides the spec's default server, e.g. `http://127.0.0.1:12111`. */
  readonly baseUrl?: string;
  /** Default for the `Stripe-Version` header (when the operation has one). */
  readonly apiVersion?: string;
  /** Default for the `Stripe-Account` header (when the operation has one). */
  readonly stripeAccount?: string;
  /** Custom fetch implementation; default `globalThis.fetch`, looked up at call time. */
  readonly fetch?: FetchLike;
  /** Retries after the first attempt. Default 2. */
  readonly maxRetries?: number;
  /** Per-attempt timeout in milliseconds. Default 80 000. */
  readonly timeoutMs?: number;
  /** Run the operation's request validator before sending. Default true. */
  readonly validateRequests?: boolean;
  /** Run the operation's response validator on 2xx bodies. Default false. */
  readonly validateResponses?: boolean;
  /** Appended (after a space) to the generated package's User-Agent. */
  readonly userAgent?: string;
}
export interface RequestOptions {
  /** Sent as `Idempotency-Key`; generated for POST when the operation accepts one and none is given. */
  readonly idempotencyKey?: string;
  /** Aborts the call at once (also during a retry wait); rejects with `AbortError`, never retried. */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  readonly apiVersion?: string;
  readonly stripeAccount?: string;
  /** Extra headers, merged over the defaults. `Authorization` always comes from the client. */
  readonly headers?: Readonly<Record<string, string>>;
}
/** Response metadata, attached to results as the non-enumerable `lastResponse` property. */
export interface ResponseMeta {
  readonly status: number;
  /** The `Request-Id` response header. */
  readonly requestId: string | undefined;
  /** Response headers with lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The `Idempotency-Key` that was sent (or echoed back), if any. */
  readonly idempotencyKey?: string;
}
export type WithResponse<T> = T extends object
  ? T & {
      readonly lastResponse: ResponseMeta;
    }
  : T;
/** Waits `ms` milliseconds; should reject or resolve early when `signal` aborts. */
export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;
/** Supplied by the generated code (and by tests); not part of the user-facing options. */
export interface TransportConfig {
  /** The spec's server URL. */
  readonly defaultBaseUrl: string;
  /** e.g. `stripe-sources-client/1.0.0`. */
  readonly userAgent?: string;
  /** Testing hook: replaces the backoff wait. */
  readonly sleep?: SleepFn;
  /** Testing hook: jitter source in [0, 1). Default `Math.random`. */
  readonly random?: () => number;
  /** Testing hook: clock for `Retry-After` dates. Default `Date.now`. */
  readonly now?: () => number;
}
