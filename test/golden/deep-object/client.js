// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
// Do not edit: change the spec and run `npm run generate`.
import { Transport } from "./runtime/index.js";
import {
  validateCreateWidgetRequest,
  validateCreateWidgetResponse200,
  validateListWidgetsRequest,
  validateListWidgetsResponse200,
} from "./validators.js";
/** The operations of the spec, as data for the runtime. */
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
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.example.com". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "https://api.example.com",
    userAgent: "deep-objects-client/1.0.0",
    requestOptionNames,
  });
  return {
    default: new DefaultResource(transport),
  };
}
