// Generated from acme-inventory-additive.yaml — do not edit.
/**
 * Whether and when to retry, from the spec's retry policy (`x-retries`, else the defaults in
 * `api.ts`). `Retry-After` is always honoured; a POST or PATCH is retried only when it carries an
 * idempotency key, unless the server's should-retry header says `true`.
 */
import { type RetryPolicy } from "./api.js";
/** Longest `Retry-After` the runtime waits for. */
export declare const MAX_RETRY_AFTER_MS = 60000;
export interface RetryInput {
  /** Retries already made for this call. */
  readonly retries: number;
  readonly maxRetries: number;
  /** Absent when the attempt got no response. */
  readonly status?: number | undefined;
  /** The attempt got no response because it exceeded the timeout. */
  readonly timedOut?: boolean;
  /** The policy's should-retry response header, when the policy names one. */
  readonly shouldRetryHeader?: string | undefined;
  /** A POST or PATCH sent without an idempotency key: not safe to repeat. */
  readonly unsafe?: boolean;
  readonly policy?: RetryPolicy;
}
export declare function shouldRetry(input: RetryInput): boolean;
/**
 * Exponential backoff for the `retry`-th retry (1-based): initial × exponent^(retry-1), capped at
 * the maximum, times a jitter factor in [0.5, 1), never below the initial delay.
 */
export declare function backoffDelay(
  retry: number,
  random: () => number,
  policy?: RetryPolicy,
): number;
/** `Retry-After` as delta-seconds or an HTTP-date, in ms; undefined when absent or unparsable. */
export declare function parseRetryAfter(value: string | undefined, now: number): number | undefined;
export interface DelayInput {
  readonly retry: number;
  /** `Retry-After` header. */
  readonly retryAfter: string | undefined;
  /** `Retry-After-Ms` header (milliseconds), read first. */
  readonly retryAfterMs?: string | undefined;
  readonly random: () => number;
  readonly now: number;
  readonly policy?: RetryPolicy;
}
/**
 * The wait before a retry: the backoff, or the server's `Retry-After(-Ms)` when it asks for longer
 * (capped at 60 s).
 */
export declare function retryDelay(input: DelayInput): number;
