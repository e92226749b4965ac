// Generated from test/fixtures/specs/acme-payments.yaml (sha256 2555f4fe97f2dd73a37f60675c39163458047e5606070f161c380ca8d366e1a6).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./validators.js";
export * from "./runtime/index.js";
