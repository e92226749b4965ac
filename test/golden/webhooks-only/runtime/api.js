// Generated from test/fixtures/specs/webhooks-only.yaml (sha256 f03eb8106f03337caca0af3a90eeb619fb5bf4321f1127e8f1b9fe671d6b7403).
// Do not edit: change the spec and run `npm run generate`.
/** The defaults of a spec that declares nothing (see README, "Runtime behaviour"). */
export const DEFAULT_RETRY = {
  statuses: [408, 409, 429, "5XX"],
  connectionErrors: true,
  timeouts: true,
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  exponent: 2,
};
export const DEFAULT_API = {
  schemes: {},
  retry: DEFAULT_RETRY,
  errors: {},
  timeoutMs: 60_000,
};
