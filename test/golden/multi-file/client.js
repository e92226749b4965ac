// Generated from test/fixtures/specs/multi-file/openapi.yaml (sha256 172367512e68d7203349a46d241757817a151baa7957ea6b840c6e7f906301a8).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import { validateGetPersonRequest, validateGetPersonResponse200 } from "./validators.js";
/** The operations of the spec, as data for the runtime. */
const operations = {
  GetPerson: {
    operationId: "getPerson",
    name: "default.getPerson",
    method: "GET",
    path: "/people/{personId}",
    pathParams: ["personId"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetPersonRequest,
    validateResponse: { 200: validateGetPersonResponse200 },
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
  /** `GET /people/{personId}` (operationId `getPerson`) */
  getPerson(personId, params, options) {
    return this.#transport.request(operations.GetPerson, [personId], params, options);
  }
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "multi-file-client/1.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
