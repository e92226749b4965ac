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
  // runtime/index.ts (kept in step with the runtime by test/model/reserved.test.ts)
  ...[
    "Transport",
    "ClientOptions",
    "FetchLike",
    "NoContent",
    "RequestOptions",
    "ResponseMeta",
    "SleepFn",
    "TransportConfig",
    "WithResponse",
    "BodyEncoding",
    "OperationDescriptor",
    "ValidationIssue",
    "APIError",
    "AbortError",
    "AuthenticationError",
    "CardError",
    "ConnectionError",
    "IdempotencyError",
    "InvalidRequestError",
    "PermissionError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "StripeError",
    "TimeoutError",
    "StripeErrorInit",
    "encodeForm",
  ],
  // validators.d.ts
  "Validator",
  "ValidationError",
];
