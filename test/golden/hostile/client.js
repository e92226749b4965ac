// Generated from hostile.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateConstructorRequest,
  validateGetItemXRequest,
  validateGetItemXResponse200,
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
  Constructor: {
    operationId: "constructor",
    name: "class.constructor_",
    method: "POST",
    path: "/constructor",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["body"],
    body: { mediaType: "application/json", encoding: "json", merged: false, required: false },
    validateRequest: validateConstructorRequest,
  },
  GetItemX: {
    operationId: "get-item */ ${x}",
    name: "class.getItemX",
    method: "GET",
    path: "/items/{item-id}",
    pathParams: ["item-id"],
    query: ["q*/"],
    headers: [["X-Trace-Id", "X-Trace-Id"]],
    optionHeaders: [],
    keys: ["q*/", "X-Trace-Id"],
    validateRequest: validateGetItemXRequest,
    validateResponse: { 200: validateGetItemXResponse200 },
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = ["headers", "idempotencyKey", "maxRetries", "signal", "timeoutMs"];

/** Operations grouped under `class`. */
export class ClassResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `POST /constructor` (operationId `constructor`) */
  constructor_(params, options) {
    return this.#transport.request(operations.Constructor, [], params, options);
  }

  /**
   * *\/ alert('x') /*
   *
   * Backticks ``` and </script> and   line separator
   *
   * `GET /items/{item-id}#frag` (operationId `get-item *\/ ${x}`)
   */
  getItemX(itemId, params, options) {
    return this.#transport.request(operations.GetItemX, [itemId], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "https://api.example.com/base'\"`". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "https://api.example.com/base'\"`",
    userAgent: "hostile-title-process-exit-1-quoted-client/0.0.0-v2.beta",
    api,
    requestOptionNames,
  });
  return { class: new ClassResource(transport) };
}
