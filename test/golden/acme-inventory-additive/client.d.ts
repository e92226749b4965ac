// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
import {
  Transport,
  type ClientOptions,
  type NoContent,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  Bin,
  CreateWidgetParams,
  DeleteWidgetParams,
  GetBinParams,
  GetWidgetParams,
  ListWidgetsParams,
  ListWidgetsResponse,
  ReplaceWidgetTagsParams,
  ReplaceWidgetTagsResponse,
  UploadWidgetImageParams,
  Widget,
} from "./types.js";
/** Operations grouped under `bins`. */
export declare class BinsResource {
  #private;
  constructor(transport: Transport);
  /** `GET /bins/{bin_number}` (operationId `getBin`) */
  get(
    binNumber: number,
    params?: GetBinParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Bin>>;
}
/** Operations grouped under `widgets`. */
export declare class WidgetsResource {
  #private;
  constructor(transport: Transport);
  /**
   * Create a widget
   *
   * `POST /widgets` (operationId `createWidget`)
   */
  create(params: CreateWidgetParams, options?: RequestOptions): Promise<WithResponse<Widget>>;
  /**
   * Delete a widget
   *
   * `DELETE /widgets/{widget_id}` (operationId `deleteWidget`)
   */
  delete(
    widgetId: string,
    params?: DeleteWidgetParams,
    options?: RequestOptions,
  ): Promise<WithResponse<NoContent>>;
  /**
   * Retrieve a widget
   *
   * `GET /widgets/{widget_id}` (operationId `getWidget`)
   */
  get(
    widgetId: string,
    params?: GetWidgetParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Widget>>;
  /**
   * List widgets
   *
   * `GET /widgets` (operationId `listWidgets`)
   */
  list(
    params?: ListWidgetsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ListWidgetsResponse>>;
  /**
   * Replace a widget's tags
   *
   * `PUT /widgets/{widget_id}/tags` (operationId `replaceWidgetTags`)
   */
  replaceTags(
    widgetId: string,
    params: ReplaceWidgetTagsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ReplaceWidgetTagsResponse>>;
  /**
   * Upload a widget's image
   *
   * `PUT /widgets/{widget_id}/image` (operationId `uploadWidgetImage`)
   */
  uploadImage(
    widgetId: string,
    params: UploadWidgetImageParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Widget>>;
}
/** A client for Acme Inventory API 1.3.0. */
export interface Client {
  readonly bins: BinsResource;
  readonly widgets: WidgetsResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://inventory.acme.test/v1". */
export declare function createClient(options: ClientOptions): Client;
