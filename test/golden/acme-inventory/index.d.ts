// Generated from acme-inventory.yaml — do not edit.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
export type { Validator, ValidationError } from "./validators.js";
export type * from "./types.js";
