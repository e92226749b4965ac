// Generated from recursion.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import { validateGetTreeRequest, validateGetTreeResponse200 } from "./validators.js";
/** What the spec declares for the runtime: credentials, retries, errors, timeout. */
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
/** The operations of the spec, as data for the runtime. */
const operations = {
  GetTree: {
    operationId: "getTree",
    method: "GET",
    path: "/trees/{treeId}",
    pathParams: ["treeId"],
    query: [],
    headers: [],
    optionHeaders: [],
    validateRequest: validateGetTreeRequest,
    validateResponse: { 200: validateGetTreeResponse200 },
  },
};
/** Operations grouped under `default`. */
export class DefaultResource {
  #transport;
  constructor(transport) {
    this.#transport = transport;
  }
  /** `GET /trees/{treeId}` (operationId `getTree`) */
  getTree(treeId, options) {
    return this.#transport.request(operations.GetTree, [treeId], undefined, options);
  }
}
/** Creates a client. `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "",
    userAgent: "recursion-client/1.0.0",
    api,
  });
  return {
    default: new DefaultResource(transport),
  };
}
