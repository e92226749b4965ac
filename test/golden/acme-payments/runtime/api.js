// Generated from test/fixtures/specs/acme-payments.yaml (sha256 13b440def10907efb9f4268058fcb7315941641cbe81cd4b0aa2b67039da8ded).
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
