// Generated from deep-object.yaml — do not edit.
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
    method: "POST",
    path: "/v1/widgets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
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
    method: "GET",
    path: "/v1/widgets",
    pathParams: [],
    query: ["created", "expand"],
    headers: [],
    optionHeaders: [],
    validateRequest: validateListWidgetsRequest,
    validateResponse: { 200: validateListWidgetsResponse200 },
  },
};
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
  });
  return {
    default: new DefaultResource(transport),
  };
}
