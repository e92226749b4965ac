// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
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
