// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * Retry policy, following stripe-node: retry connection errors and timeouts, 409 and 5xx, and
 * whatever the server marks `Stripe-Should-Retry: true`; never when it says `false`. 429 is not
 * retried unless the server says so (stripe-node does the same).
 */
export declare const INITIAL_DELAY_MS = 500;
export declare const MAX_DELAY_MS = 5000;
/** Longest `Retry-After` the runtime waits for. */
export declare const MAX_RETRY_AFTER_MS = 60000;
export interface RetryInput {
  /** Retries already made for this call. */
  readonly retries: number;
  readonly maxRetries: number;
  /** Absent for connection errors. */
  readonly status?: number | undefined;
  /** The `Stripe-Should-Retry` response header. */
  readonly shouldRetryHeader?: string | undefined;
}
export declare function shouldRetry(input: RetryInput): boolean;
/**
 * Exponential backoff for the `retry`-th retry (1-based): 500 ms × 2^(retry-1), capped at 5 s,
 * times a jitter factor in [0.5, 1), never below 500 ms (stripe-node's formula).
 */
export declare function backoffDelay(retry: number, random: () => number): number;
/** `Retry-After` as delta-seconds or an HTTP-date, in ms; undefined when absent or unparsable. */
export declare function parseRetryAfter(value: string | undefined, now: number): number | undefined;
/**
 * The wait before the `retry`-th retry: the backoff, or `Retry-After` when the server asks for
 * longer (as stripe-node: the longer of the two; a `Retry-After` above 60 s is capped at 60 s).
 */
export declare function retryDelay(
  retry: number,
  retryAfter: string | undefined,
  random: () => number,
  now: number,
): number;
