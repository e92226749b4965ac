// Generated from recursion.yaml — do not edit.
export * from "./client.js";
export * from "./validators.js";
export * from "./runtime/index.js";
