// Generated from test/fixtures/specs/nullable-30.yaml (sha256 9bc51cbee99d09e3a58678cf8e2fe8b99ecb80ac9fdf84d1624680791d674623).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import { validateGetThingRequest, validateGetThingResponse200 } from "./validators.js";
/** The operations of the spec, as data for the runtime. */
const operations = {
  GetThing: {
    operationId: "getThing",
    name: "default.getThing",
    method: "GET",
    path: "/things/{id}",
    pathParams: ["id"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetThingRequest,
    validateResponse: { 200: validateGetThingResponse200 },
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
  /** `GET /things/{id}` (operationId `getThing`) */
  getThing(id, params, options) {
    return this.#transport.request(operations.GetThing, [id], params, options);
  }
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "nullable-3-0-client/1.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
