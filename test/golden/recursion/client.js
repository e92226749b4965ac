// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import { validateGetTreeRequest, validateGetTreeResponse200 } from "./validators.js";
/** The operations of the spec, as data for the runtime. */
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
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "recursion-client/1.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
