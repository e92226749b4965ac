// Generated from test/fixtures/specs/acme-payments.yaml (sha256 13b440def10907efb9f4268058fcb7315941641cbe81cd4b0aa2b67039da8ded).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./validators.js";
export * from "./runtime/index.js";
export type { Validator, ValidationError } from "./validators.js";
export type * from "./types.js";
