// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Maps a non-2xx response to the error hierarchy (the way stripe-node does). */
import {
  APIError,
  AuthenticationError,
  CardError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  StripeError,
} from "./errors.js";
const BY_TYPE = {
  card_error: CardError,
  invalid_request_error: InvalidRequestError,
  api_error: APIError,
  idempotency_error: IdempotencyError,
  authentication_error: AuthenticationError,
  permission_error: PermissionError,
  rate_limit_error: RateLimitError,
};
/** Statuses that decide the class whatever `error.type` says (as in stripe-node). */
const BY_STATUS_FIRST = {
  401: AuthenticationError,
  403: PermissionError,
  429: RateLimitError,
};
function classFor(status, type) {
  const forced = BY_STATUS_FIRST[status];
  if (forced) return forced;
  const byType = type === undefined ? undefined : BY_TYPE[type];
  if (byType) return byType;
  if (status === 400 || status === 404) return InvalidRequestError;
  if (status === 402) return CardError;
  if (status >= 500) return APIError;
  return StripeError;
}
function str(value) {
  return typeof value === "string" ? value : undefined;
}
/**
 * `raw` is the parsed body (or its text) and `headers` the response headers, both already
 * redacted. Reads `{ error: { type, message, code, param, decline_code, doc_url } }`, and the OAuth
 * shape `{ error: "invalid_grant", error_description }`.
 */
export function errorFromResponse(status, raw, headers, requestId) {
  const body = typeof raw === "object" && raw !== null ? raw : {};
  const detail =
    typeof body.error === "object" && body.error !== null
      ? body.error
      : typeof body.error === "string"
        ? { type: body.error, message: body.error_description }
        : {};
  const type = str(detail.type);
  const message = str(detail.message) ?? `Request failed with status ${status}`;
  const Class = classFor(status, type);
  return new Class(message, {
    status,
    type,
    code: str(detail.code),
    param: str(detail.param),
    declineCode: str(detail.decline_code),
    docUrl: str(detail.doc_url),
    requestId,
    raw,
    headers,
  });
}
