// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
export type { Validator, ValidationError } from "./validators.js";
export type * from "./types.js";
