// Generated from acme-inventory-additive.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateCreateWidgetRequest,
  validateCreateWidgetResponse201,
  validateDeleteWidgetRequest,
  validateGetBinRequest,
  validateGetBinResponse200,
  validateGetWidgetRequest,
  validateGetWidgetResponse200,
  validateListWidgetsRequest,
  validateListWidgetsResponse200,
  validateReplaceWidgetTagsRequest,
  validateReplaceWidgetTagsResponse200,
  validateUploadWidgetImageRequest,
  validateUploadWidgetImageResponse200,
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
  GetBin: {
    operationId: "getBin",
    name: "bins.get",
    method: "GET",
    path: "/bins/{bin_number}",
    pathParams: ["bin_number"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetBinRequest,
    validateResponse: { 200: validateGetBinResponse200 },
  },
  CreateWidget: {
    operationId: "createWidget",
    name: "widgets.create",
    method: "POST",
    path: "/widgets",
    pathParams: [],
    query: ["dry_run"],
    headers: [["X-Acme-Trace", "X-Acme-Trace"]],
    optionHeaders: [],
    keys: ["dry_run", "X-Acme-Trace", "name", "sku", "status", "color", "finish", "secret"],
    body: { mediaType: "application/json", encoding: "json", merged: true, required: true },
    validateRequest: validateCreateWidgetRequest,
    validateResponse: { 201: validateCreateWidgetResponse201 },
  },
  DeleteWidget: {
    operationId: "deleteWidget",
    name: "widgets.delete",
    method: "DELETE",
    path: "/widgets/{widget_id}",
    pathParams: ["widget_id"],
    query: ["force"],
    headers: [],
    optionHeaders: [],
    keys: ["force"],
    validateRequest: validateDeleteWidgetRequest,
  },
  GetWidget: {
    operationId: "getWidget",
    name: "widgets.get",
    method: "GET",
    path: "/widgets/{widget_id}",
    pathParams: ["widget_id"],
    query: ["expand"],
    headers: [],
    optionHeaders: [],
    styles: { expand: { style: "form", explode: true } },
    keys: ["expand"],
    validateRequest: validateGetWidgetRequest,
    validateResponse: { 200: validateGetWidgetResponse200 },
  },
  ListWidgets: {
    operationId: "listWidgets",
    name: "widgets.list",
    method: "GET",
    path: "/widgets",
    pathParams: [],
    query: ["status", "limit"],
    headers: [],
    optionHeaders: [],
    keys: ["status", "limit"],
    validateRequest: validateListWidgetsRequest,
    validateResponse: { 200: validateListWidgetsResponse200 },
  },
  ReplaceWidgetTags: {
    operationId: "replaceWidgetTags",
    name: "widgets.replaceTags",
    method: "PUT",
    path: "/widgets/{widget_id}/tags",
    pathParams: ["widget_id"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["body"],
    body: { mediaType: "application/json", encoding: "json", merged: false, required: true },
    validateRequest: validateReplaceWidgetTagsRequest,
    validateResponse: { 200: validateReplaceWidgetTagsResponse200 },
  },
  UploadWidgetImage: {
    operationId: "uploadWidgetImage",
    name: "widgets.uploadImage",
    method: "PUT",
    path: "/widgets/{widget_id}/image",
    pathParams: ["widget_id"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["file", "caption", "alt_text"],
    body: { mediaType: "multipart/form-data", encoding: "multipart", merged: true, required: true },
    validateRequest: validateUploadWidgetImageRequest,
    validateResponse: { 200: validateUploadWidgetImageResponse200 },
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = ["headers", "idempotencyKey", "maxRetries", "signal", "timeoutMs"];

/** Operations grouped under `bins`. */
export class BinsResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `GET /bins/{bin_number}` (operationId `getBin`) */
  get(binNumber, params, options) {
    return this.#transport.request(operations.GetBin, [binNumber], params, options);
  }
}

/** Operations grouped under `widgets`. */
export class WidgetsResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /**
   * Create a widget
   *
   * `POST /widgets` (operationId `createWidget`)
   */
  create(params, options) {
    return this.#transport.request(operations.CreateWidget, [], params, options);
  }

  /**
   * Delete a widget
   *
   * `DELETE /widgets/{widget_id}` (operationId `deleteWidget`)
   */
  delete(widgetId, params, options) {
    return this.#transport.request(operations.DeleteWidget, [widgetId], params, options);
  }

  /**
   * Retrieve a widget
   *
   * `GET /widgets/{widget_id}` (operationId `getWidget`)
   */
  get(widgetId, params, options) {
    return this.#transport.request(operations.GetWidget, [widgetId], params, options);
  }

  /**
   * List widgets
   *
   * `GET /widgets` (operationId `listWidgets`)
   */
  list(params, options) {
    return this.#transport.request(operations.ListWidgets, [], params, options);
  }

  /**
   * Replace a widget's tags
   *
   * `PUT /widgets/{widget_id}/tags` (operationId `replaceWidgetTags`)
   */
  replaceTags(widgetId, params, options) {
    return this.#transport.request(operations.ReplaceWidgetTags, [widgetId], params, options);
  }

  /**
   * Upload a widget's image
   *
   * `PUT /widgets/{widget_id}/image` (operationId `uploadWidgetImage`)
   */
  uploadImage(widgetId, params, options) {
    return this.#transport.request(operations.UploadWidgetImage, [widgetId], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "https://inventory.acme.test/v1". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "https://inventory.acme.test/v1",
    userAgent: "acme-inventory-api-client/1.3.0",
    api,
    requestOptionNames,
  });
  return { bins: new BinsResource(transport), widgets: new WidgetsResource(transport) };
}
