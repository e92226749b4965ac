// Generated from recursion.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import { validateGetTreeRequest, validateGetTreeResponse200 } from "./validators.js";
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
  GetTree: {
    operationId: "getTree",
    name: "default.getTree",
    method: "GET",
    path: "/trees/{treeId}",
    pathParams: ["treeId"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetTreeRequest,
    validateResponse: { 200: validateGetTreeResponse200 },
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

  /** `GET /trees/{treeId}` (operationId `getTree`) */
  getTree(treeId, params, options) {
    return this.#transport.request(operations.GetTree, [treeId], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "",
    userAgent: "recursion-client/1.0.0",
    api,
    requestOptionNames,
  });
  return { default: new DefaultResource(transport) };
}
