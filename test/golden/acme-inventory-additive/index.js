// Generated from acme-inventory-additive.yaml — do not edit.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
