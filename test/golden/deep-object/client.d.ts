// Generated from deep-object.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  CreateWidgetParams,
  CreateWidgetResponse,
  ListWidgetsParams,
  ListWidgetsResponse,
} from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `POST /v1/widgets` (operationId `CreateWidget`) */
  createWidget(
    params: CreateWidgetParams,
    options?: RequestOptions,
  ): Promise<WithResponse<CreateWidgetResponse>>;
  /** `GET /v1/widgets` (operationId `ListWidgets`) */
  listWidgets(
    params?: ListWidgetsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ListWidgetsResponse>>;
}
/** A client for Deep objects 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.example.com". */
export declare function createClient(options: ClientOptions): Client;
