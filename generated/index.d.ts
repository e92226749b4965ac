// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./validators.js";
export * from "./runtime/index.js";
export type { Validator, ValidationError } from "./validators.js";
export type * from "./types.js";
