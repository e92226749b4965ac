// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * Retry policy, following stripe-node: retry connection errors and timeouts, 409 and 5xx, and
 * whatever the server marks `Stripe-Should-Retry: true`; never when it says `false`. 429 is not
 * retried unless the server says so (stripe-node does the same).
 */
export const INITIAL_DELAY_MS = 500;
export const MAX_DELAY_MS = 5_000;
/** Longest `Retry-After` the runtime waits for. */
export const MAX_RETRY_AFTER_MS = 60_000;
export function shouldRetry(input) {
  if (input.retries >= input.maxRetries) return false;
  if (input.status === undefined) return true;
  if (input.shouldRetryHeader === "false") return false;
  if (input.status < 400) return false;
  if (input.shouldRetryHeader === "true") return true;
  return input.status === 409 || input.status >= 500;
}
/**
 * Exponential backoff for the `retry`-th retry (1-based): 500 ms × 2^(retry-1), capped at 5 s,
 * times a jitter factor in [0.5, 1), never below 500 ms (stripe-node's formula).
 */
export function backoffDelay(retry, random) {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** Math.max(0, retry - 1), MAX_DELAY_MS);
  return Math.max(INITIAL_DELAY_MS, base * 0.5 * (1 + random()));
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
 * The wait before the `retry`-th retry: the backoff, or `Retry-After` when the server asks for
 * longer (as stripe-node: the longer of the two; a `Retry-After` above 60 s is capped at 60 s).
 */
export function retryDelay(retry, retryAfter, random, now) {
  const after = parseRetryAfter(retryAfter, now);
  const backoff = backoffDelay(retry, random);
  return after === undefined ? backoff : Math.max(backoff, Math.min(after, MAX_RETRY_AFTER_MS));
}
