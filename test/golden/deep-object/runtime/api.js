// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
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
