// Generated from openapi.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import { validateGetPersonRequest, validateGetPersonResponse200 } from "./validators.js";
/** The operations of the spec, as data for the runtime. */
const operations = {
  GetPerson: {
    operationId: "getPerson",
    method: "GET",
    path: "/people/{personId}",
    pathParams: ["personId"],
    query: [],
    headers: [],
    optionHeaders: [],
    validateRequest: validateGetPersonRequest,
    validateResponse: { 200: validateGetPersonResponse200 },
  },
};
/** Operations grouped under `default`. */
export class DefaultResource {
  #transport;
  constructor(transport) {
    this.#transport = transport;
  }
  /** `GET /people/{personId}` (operationId `getPerson`) */
  getPerson(personId, options) {
    return this.#transport.request(operations.GetPerson, [personId], undefined, options);
  }
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "multi-file-client/1.0.0",
  });
  return {
    default: new DefaultResource(transport),
  };
}
