// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import { validateListOrdersRequest, validateListOrdersResponse200 } from "./validators.js";
/** The operations of the spec, as data for the runtime. */
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
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "enums-client/2.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
