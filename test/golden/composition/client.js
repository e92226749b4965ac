// Generated from composition.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateAddPetRequest,
  validateAddPetResponse201,
  validateAddPetResponseDefault,
} from "./validators.js";
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

/** Creates a client. `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "",
    userAgent: "composition-client/1.0.0",
    api,
    requestOptionNames,
  });
  return { default: new DefaultResource(transport) };
}
