/**
 * What the generated client declares for Stripe's spec (`x-errors`, `x-retries`, `x-timeout`,
 * `x-request-id-header`, the two schemes on `apiKey`), mirrored by hand so the runtime tests run
 * the runtime on Stripe's dialect without the generator (test/consumer runs the generated one).
 */
import {
  ApiError,
  AuthenticationError,
  RateLimitError,
  nameErrorClasses,
  type ApiConfig,
} from "../../templates/runtime/index.js";

declare module "../../templates/runtime/errors.js" {
  interface ApiError {
    readonly declineCode?: unknown;
    readonly docUrl?: unknown;
  }
}

export { ApiError as StripeError, AuthenticationError, RateLimitError };
export {
  AbortError,
  ConnectionError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  Transport,
} from "../../templates/runtime/index.js";
export class APIError extends ApiError {}
export class CardError extends ApiError {}
export class IdempotencyError extends ApiError {}
export class InvalidRequestError extends ApiError {}
export class PermissionError extends ApiError {}
nameErrorClasses({
  StripeError: ApiError,
  APIError,
  CardError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
});

export const STRIPE_API: ApiConfig = {
  schemes: {
    basicAuth: { type: "basic", option: "apiKey" },
    bearerAuth: { type: "bearer", option: "apiKey" },
  },
  requiredOptions: ["apiKey"],
  retry: {
    statuses: [409, "5XX"],
    connectionErrors: true,
    timeouts: true,
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 5000,
    exponent: 2,
    shouldRetryHeader: "Stripe-Should-Retry",
  },
  errors: {
    typeField: "error.type",
    messageField: "error.message",
    codeField: "error.code",
    paramField: "error.param",
    fields: { declineCode: "error.decline_code", docUrl: "error.doc_url" },
    byType: {
      api_error: APIError,
      authentication_error: AuthenticationError,
      card_error: CardError,
      idempotency_error: IdempotencyError,
      invalid_request_error: InvalidRequestError,
      permission_error: PermissionError,
      rate_limit_error: RateLimitError,
    },
    byStatusFirst: { 401: AuthenticationError, 403: PermissionError, 429: RateLimitError },
    byStatus: {
      400: InvalidRequestError,
      402: CardError,
      404: InvalidRequestError,
      "5XX": APIError,
    },
  },
  timeoutMs: 80_000,
  requestIdHeader: "Request-Id",
};
