// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
