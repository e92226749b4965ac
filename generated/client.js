// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
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
/** The operations of the spec, as data for the runtime. */
const operations = {
  AttachSource: {
    operationId: "AttachSource",
    method: "POST",
    path: "/v1/customers/{customer}/sources",
    pathParams: ["customer"],
    query: [],
    headers: [],
    optionHeaders: [
      ["idempotencyKey", "Idempotency-Key"],
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
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
    method: "DELETE",
    path: "/v1/customers/{customer}/sources/{id}",
    pathParams: ["customer", "id"],
    query: [],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    validateRequest: validateDetachSourceRequest,
    validateResponse: {
      200: validateDetachSourceResponse200,
      default: validateDetachSourceResponseDefault,
    },
  },
  CreateSource: {
    operationId: "CreateSource",
    method: "POST",
    path: "/v1/sources",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [
      ["idempotencyKey", "Idempotency-Key"],
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
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
    method: "GET",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: ["client_secret"],
    headers: [],
    optionHeaders: [
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
    validateRequest: validateRetrieveSourceRequest,
    validateResponse: {
      200: validateRetrieveSourceResponse200,
      default: validateRetrieveSourceResponseDefault,
    },
  },
  UpdateSource: {
    operationId: "UpdateSource",
    method: "POST",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: [],
    headers: [],
    optionHeaders: [
      ["idempotencyKey", "Idempotency-Key"],
      ["apiVersion", "Stripe-Version"],
      ["stripeAccount", "Stripe-Account"],
    ],
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
  detachSource(customer, id, options) {
    return this.#transport.request(operations.DetachSource, [customer, id], undefined, options);
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
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.stripe.com". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "https://api.stripe.com",
    userAgent: "stripe-sources-client/1.0.0",
  });
  return {
    customers: new CustomersResource(transport),
    sources: new SourcesResource(transport),
  };
}
