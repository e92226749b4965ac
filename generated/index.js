// Generated from spec/openapi.yaml (sha256 8b159c9ee2e6e00400481a86cc1ddbb098c92e9260baa056408bd5631255bc95).
// Do not edit: change the spec and run `npm run generate`.
export * from "./client.js";
export * from "./enums.js";
export * from "./validators.js";
export * from "./runtime/index.js";
