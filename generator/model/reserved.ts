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
  // client.ts (plus the error classes its spec declares: see `declaredErrorNames`)
  "createClient",
  "Client",
  "ClientOptions",
  "RequestOptions",
  "IdempotentRequestOptions",
  // runtime/index.ts (kept in step with the runtime by test/model/reserved.test.ts)
  ...[
    "Transport",
    "BaseClientOptions",
    "BaseRequestOptions",
    "FetchLike",
    "ResponseMeta",
    "SleepFn",
    "TransportConfig",
    "WithResponse",
    "ApiConfig",
    "ErrorMapping",
    "RetryPolicy",
    "SecurityScheme",
    "Credential",
    "BodyEncoding",
    "OperationDescriptor",
    "ValidationIssue",
    "ParamStyle",
    "AbortError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "TimeoutError",
    "UnprocessableEntityError",
    "nameErrorClasses",
    "ApiErrorInit",
    "ErrorClass",
    "encodeForm",
  ],
  // validators.d.ts
  "Validator",
  "ValidationError",
];
