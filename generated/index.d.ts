// Generated from spec/openapi.yaml (sha256 35949938d8902dc1a02689d2d8138e81f7de0b6f54ff2948aac91f73e958e927).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./validators.js";
export * from "./runtime/index.js";
export type { Validator, ValidationError } from "./validators.js";
export type * from "./types.js";
