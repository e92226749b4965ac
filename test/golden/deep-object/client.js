// Generated from deep-object.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateCreateWidgetRequest,
  validateCreateWidgetResponse200,
  validateListWidgetsRequest,
  validateListWidgetsResponse200,
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
  CreateWidget: {
    operationId: "CreateWidget",
    name: "default.createWidget",
    method: "POST",
    path: "/v1/widgets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["name", "owner", "items", "metadata"],
    body: {
      mediaType: "application/x-www-form-urlencoded",
      encoding: "form",
      merged: true,
      required: true,
      styles: { metadata: { style: "form", explode: true } },
    },
    validateRequest: validateCreateWidgetRequest,
    validateResponse: { 200: validateCreateWidgetResponse200 },
  },
  ListWidgets: {
    operationId: "ListWidgets",
    name: "default.listWidgets",
    method: "GET",
    path: "/v1/widgets",
    pathParams: [],
    query: ["created", "expand"],
    headers: [],
    optionHeaders: [],
    styles: { expand: { style: "form", explode: true } },
    keys: ["created", "expand"],
    validateRequest: validateListWidgetsRequest,
    validateResponse: { 200: validateListWidgetsResponse200 },
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

  /** `POST /v1/widgets` (operationId `CreateWidget`) */
  createWidget(params, options) {
    return this.#transport.request(operations.CreateWidget, [], params, options);
  }

  /** `GET /v1/widgets` (operationId `ListWidgets`) */
  listWidgets(params, options) {
    return this.#transport.request(operations.ListWidgets, [], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "https://api.example.com". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "https://api.example.com",
    userAgent: "deep-objects-client/1.0.0",
    api,
    requestOptionNames,
  });
  return { default: new DefaultResource(transport) };
}
