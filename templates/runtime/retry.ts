/**
 * Whether and when to retry, from the spec's retry policy (`x-retries`, else the defaults in
 * `api.ts`). `Retry-After` is always honoured; a POST or PATCH is retried only when it carries an
 * idempotency key, unless the server's should-retry header says `true`.
 */
import { DEFAULT_RETRY, type RetryPolicy } from "./api.js";
import { byStatus } from "./error-from-response.js";

/** Longest `Retry-After` the runtime waits for. */
export const MAX_RETRY_AFTER_MS = 60_000;

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

function listed(statuses: readonly (number | string)[], status: number): boolean {
  const table: Record<string, true> = {};
  for (const s of statuses) table[String(s).toUpperCase()] = true;
  return byStatus(table, status) === true;
}

export function shouldRetry(input: RetryInput): boolean {
  const policy = input.policy ?? DEFAULT_RETRY;
  if (input.retries >= input.maxRetries) return false;
  const header = input.shouldRetryHeader;
  if (header === "false") return false;
  if (input.status !== undefined && input.status < 400) return false;
  if (header === "true") return true;
  if (input.unsafe === true) return false;
  if (input.status === undefined) {
    return input.timedOut === true ? policy.timeouts : policy.connectionErrors;
  }
  return listed(policy.statuses, input.status);
}

/**
 * Exponential backoff for the `retry`-th retry (1-based): initial × exponent^(retry-1), capped at
 * the maximum, times a jitter factor in [0.5, 1), never below the initial delay.
 */
export function backoffDelay(
  retry: number,
  random: () => number,
  policy: RetryPolicy = DEFAULT_RETRY,
): number {
  const grown = policy.initialDelayMs * policy.exponent ** Math.max(0, retry - 1);
  const base = Math.min(grown, policy.maxDelayMs);
  return Math.max(policy.initialDelayMs, base * 0.5 * (1 + random()));
}

/** `Retry-After` as delta-seconds or an HTTP-date, in ms; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

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
export function retryDelay(input: DelayInput): number {
  const ms = input.retryAfterMs?.trim();
  const after =
    ms !== undefined && /^\d+(\.\d+)?$/.test(ms)
      ? Number(ms)
      : parseRetryAfter(input.retryAfter, input.now);
  const backoff = backoffDelay(input.retry, input.random, input.policy);
  return after === undefined ? backoff : Math.max(backoff, Math.min(after, MAX_RETRY_AFTER_MS));
}
