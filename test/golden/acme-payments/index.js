// Generated from acme-payments.yaml — do not edit.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
