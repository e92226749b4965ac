// Generated from openapi.yaml — do not edit.
import {
  ApiError,
  AuthenticationError,
  RateLimitError,
  Transport,
  nameErrorClasses,
} from "./runtime/index.js";
import {
  validateAttachSourceRequest,
  validateAttachSourceResponse200,
  validateAttachSourceResponseDefault,
  validateCreateSourceRequest,
  validateCreateSourceResponse200,
  validateCreateSourceResponseDefault,
  validateDetachSourceRequest,
  validateDetachSourceResponse200,
  validateDetachSourceResponseDefault,
  validateRetrieveSourceRequest,
  validateRetrieveSourceResponse200,
  validateRetrieveSourceResponseDefault,
  validateUpdateSourceRequest,
  validateUpdateSourceResponse200,
  validateUpdateSourceResponseDefault,
} from "./validators.js";
/** The base class of every error this client throws. */
export { ApiError as StripeError };
/** An error response of type or status `api_error`, HTTP 5XX (spec: `x-errors`). */
export class APIError extends ApiError {}

/** An error response of type or status `card_error`, HTTP 402 (spec: `x-errors`). */
export class CardError extends ApiError {}

/** An error response of type or status `idempotency_error` (spec: `x-errors`). */
export class IdempotencyError extends ApiError {}

/** An error response of type or status `invalid_request_error`, HTTP 400, HTTP 404 (spec: `x-errors`). */
export class InvalidRequestError extends ApiError {}

/** An error response of type or status HTTP 403, `permission_error` (spec: `x-errors`). */
export class PermissionError extends ApiError {}

nameErrorClasses({
  StripeError: ApiError,
  APIError,
  CardError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
});
/**
 * What the spec declares for the runtime: credentials, retries, errors, timeout.
 *
 * @type {import("./runtime/index.js").ApiConfig}
 */
const api = {
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
  timeoutMs: 80000,
  requestIdHeader: "Request-Id",
};
/**
 * The operations of the spec, as data for the runtime.
 *
 * @satisfies {Record<string, import("./runtime/index.js").OperationDescriptor>}
 */
const operations = {
  AttachSource: {
    operationId: "AttachSource",
    name: "customers.attachSource",
    method: "POST",
    path: "/v1/customers/{customer}/sources",
    pathParams: ["customer"],
    query: [],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    security: [["bearerAuth"], ["basicAuth"]],
    idempotencyHeader: "Idempotency-Key",
    keys: ["source", "metadata"],
    body: {
      mediaType: "application/x-www-form-urlencoded",
      encoding: "form",
      merged: true,
      required: true,
    },
    validateRequest: validateAttachSourceRequest,
    validateResponse: {
      200: validateAttachSourceResponse200,
      default: validateAttachSourceResponseDefault,
    },
  },
  DetachSource: {
    operationId: "DetachSource",
    name: "customers.detachSource",
    method: "DELETE",
    path: "/v1/customers/{customer}/sources/{id}",
    pathParams: ["customer", "id"],
    query: [],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    security: [["bearerAuth"], ["basicAuth"]],
    keys: [],
    validateRequest: validateDetachSourceRequest,
    validateResponse: {
      200: validateDetachSourceResponse200,
      default: validateDetachSourceResponseDefault,
    },
  },
  CreateSource: {
    operationId: "CreateSource",
    name: "sources.create",
    method: "POST",
    path: "/v1/sources",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    security: [["bearerAuth"], ["basicAuth"]],
    idempotencyHeader: "Idempotency-Key",
    unixTime: ["mandate.acceptance.date", "mandate.acceptance.online.date"],
    keys: [
      "type",
      "customer",
      "original_source",
      "amount",
      "currency",
      "flow",
      "mandate",
      "metadata",
      "owner",
      "receiver",
      "redirect",
      "source_order",
      "statement_descriptor",
      "token",
      "usage",
    ],
    body: {
      mediaType: "application/x-www-form-urlencoded",
      encoding: "form",
      merged: true,
      required: true,
    },
    validateRequest: validateCreateSourceRequest,
    validateResponse: {
      200: validateCreateSourceResponse200,
      default: validateCreateSourceResponseDefault,
    },
  },
  RetrieveSource: {
    operationId: "RetrieveSource",
    name: "sources.retrieve",
    method: "GET",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: ["client_secret"],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    security: [["bearerAuth"], ["basicAuth"]],
    keys: ["client_secret"],
    validateRequest: validateRetrieveSourceRequest,
    validateResponse: {
      200: validateRetrieveSourceResponse200,
      default: validateRetrieveSourceResponseDefault,
    },
  },
  UpdateSource: {
    operationId: "UpdateSource",
    name: "sources.update",
    method: "POST",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: [],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    security: [["bearerAuth"], ["basicAuth"]],
    idempotencyHeader: "Idempotency-Key",
    unixTime: ["mandate.acceptance.date", "mandate.acceptance.online.date"],
    keys: ["amount", "mandate", "metadata", "owner", "source_order"],
    body: {
      mediaType: "application/x-www-form-urlencoded",
      encoding: "form",
      merged: true,
      required: false,
    },
    validateRequest: validateUpdateSourceRequest,
    validateResponse: {
      200: validateUpdateSourceResponse200,
      default: validateUpdateSourceResponseDefault,
    },
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = [
  "apiKey",
  "apiVersion",
  "headers",
  "idempotencyKey",
  "maxRetries",
  "signal",
  "stripeAccount",
  "timeoutMs",
];

/** Operations grouped under `customers`. */
export class CustomersResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /**
   * Attach a source
   *
   * Attaches a Source object to a Customer. The source must be in a `chargeable` or `pending` state.
   *
   * `POST /v1/customers/{customer}/sources` (operationId `AttachSource`)
   */
  attachSource(customer, params, options) {
    return this.#transport.request(operations.AttachSource, [customer], params, options);
  }

  /**
   * Detach a source
   *
   * Detaches a Source object from a Customer. The status of a source is changed to `consumed` when it is detached and it can no longer be used to create a charge.
   *
   * `DELETE /v1/customers/{customer}/sources/{id}` (operationId `DetachSource`)
   */
  detachSource(customer, id, params, options) {
    return this.#transport.request(operations.DetachSource, [customer, id], params, options);
  }
}

/** Operations grouped under `sources`. */
export class SourcesResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /**
   * Create a source
   *
   * Creates a new source object.
   *
   * `POST /v1/sources` (operationId `CreateSource`)
   */
  create(params, options) {
    return this.#transport.request(operations.CreateSource, [], params, options);
  }

  /**
   * Retrieve a source
   *
   * Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.
   *
   * `GET /v1/sources/{source}` (operationId `RetrieveSource`)
   */
  retrieve(source, params, options) {
    return this.#transport.request(operations.RetrieveSource, [source], params, options);
  }

  /**
   * Update a source
   *
   * Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
   *
   * This request accepts the `metadata` and `owner` as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our [payment method guides](https://docs.stripe.com/sources) for more detail.
   *
   * `POST /v1/sources/{source}` (operationId `UpdateSource`)
   */
  update(source, params, options) {
    return this.#transport.request(operations.UpdateSource, [source], params, options);
  }
}

/** Creates a client. `apiKey` required; `baseUrl` defaults to "https://api.stripe.com". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "https://api.stripe.com",
    userAgent: "stripe-sources-client/1.0.0",
    api,
    requestOptionNames,
  });
  return { customers: new CustomersResource(transport), sources: new SourcesResource(transport) };
}
