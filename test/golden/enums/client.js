// Generated from enums.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import { validateListOrdersRequest, validateListOrdersResponse200 } from "./validators.js";
/**
 * What the spec declares for the runtime: credentials, retries, errors, timeout.
 *
 * @type {import("./runtime/index.js").ApiConfig}
 */
const api = {
  schemes: {},
  retry: {
    statuses: [408, 409, 429, "5XX"],
    connectionErrors: true,
    timeouts: true,
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    exponent: 2,
  },
  errors: {},
  timeoutMs: 60000,
};
/**
 * The operations of the spec, as data for the runtime.
 *
 * @satisfies {Record<string, import("./runtime/index.js").OperationDescriptor>}
 */
const operations = {
  ListOrders: {
    operationId: "listOrders",
    name: "default.listOrders",
    method: "GET",
    path: "/orders",
    pathParams: [],
    query: ["status"],
    headers: [],
    optionHeaders: [],
    keys: ["status"],
    validateRequest: validateListOrdersRequest,
    validateResponse: { 200: validateListOrdersResponse200 },
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = ["headers", "idempotencyKey", "maxRetries", "signal", "timeoutMs"];

/** Operations grouped under `default`. */
export class DefaultResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `GET /orders` (operationId `listOrders`) */
  listOrders(params, options) {
    return this.#transport.request(operations.ListOrders, [], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "",
    userAgent: "enums-client/2.0.0",
    api,
    requestOptionNames,
  });
  return { default: new DefaultResource(transport) };
}
