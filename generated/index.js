// Generated from spec/openapi.yaml (sha256 3949ee3b45b8f7574850d03fecbf57a24c59858a8a3e9778f75d44dd8b5845cf).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
