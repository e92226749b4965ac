// Generated from test/fixtures/specs/composition.yaml (sha256 c9dcfea65c19d33ca17eb60448a5d896e99608507aa42d62b96e7cffee7e654f).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import {
  validateAddPetRequest,
  validateAddPetResponse201,
  validateAddPetResponseDefault,
} from "./validators.js";
/** The operations of the spec, as data for the runtime. */
const operations = {
  AddPet: {
    operationId: "addPet",
    name: "default.addPet",
    method: "POST",
    path: "/pets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["petType", "name", "lives", "bark"],
    body: { mediaType: "application/json", encoding: "json", merged: true, required: true },
    validateRequest: validateAddPetRequest,
    validateResponse: { 201: validateAddPetResponse201, default: validateAddPetResponseDefault },
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
  /** `POST /pets` (operationId `addPet`) */
  addPet(params, options) {
    return this.#transport.request(operations.AddPet, [], params, options);
  }
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "",
    userAgent: "composition-client/1.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
