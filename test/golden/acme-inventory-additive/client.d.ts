// Generated from acme-inventory-additive.yaml — do not edit.
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type NoContent,
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

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

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

/** Creates a client. `baseUrl` defaults to "https://inventory.acme.test/v1". */
export declare function createClient(options?: ClientOptions): Client;
