// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
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
