// Generated from acme-inventory-additive.yaml — do not edit.
/**
 * Whether and when to retry, from the spec's retry policy (`x-retries`, else the defaults in
 * `api.ts`). `Retry-After` is always honoured; a POST or PATCH is retried only when it carries an
 * idempotency key, unless the server's should-retry header says `true`.
 */
import { DEFAULT_RETRY } from "./api.js";
import { byStatus } from "./error-from-response.js";
/** Longest `Retry-After` the runtime waits for. */
export const MAX_RETRY_AFTER_MS = 60_000;
function listed(statuses, status) {
  const table = {};
  for (const s of statuses) table[String(s).toUpperCase()] = true;
  return byStatus(table, status) === true;
}
export function shouldRetry(input) {
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
export function backoffDelay(retry, random, policy = DEFAULT_RETRY) {
  const grown = policy.initialDelayMs * policy.exponent ** Math.max(0, retry - 1);
  const base = Math.min(grown, policy.maxDelayMs);
  return Math.max(policy.initialDelayMs, base * 0.5 * (1 + random()));
}
/** `Retry-After` as delta-seconds or an HTTP-date, in ms; undefined when absent or unparsable. */
export function parseRetryAfter(value, now) {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/**
 * The wait before a retry: the backoff, or the server's `Retry-After(-Ms)` when it asks for longer
 * (capped at 60 s).
 */
export function retryDelay(input) {
  const ms = input.retryAfterMs?.trim();
  const after =
    ms !== undefined && /^\d+(\.\d+)?$/.test(ms)
      ? Number(ms)
      : parseRetryAfter(input.retryAfter, input.now);
  const backoff = backoffDelay(input.retry, input.random, input.policy);
  return after === undefined ? backoff : Math.max(backoff, Math.min(after, MAX_RETRY_AFTER_MS));
}
