/**
 * Names the generated package exports besides the spec-derived ones. Schema and operation type
 * names are claimed around these, so `export *` in the entry module never collides.
 */
export const RESERVED_EXPORTS: readonly string[] = [
  // types.d.ts (openapi-typescript)
  "paths",
  "webhooks",
  "components",
  "operations",
  "$defs",
  // client.ts
  "createClient",
  "Client",
  // validators.d.ts
  "Validator",
  "ValidationError",
];
