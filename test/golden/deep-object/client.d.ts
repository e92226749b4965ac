// Generated from deep-object.yaml — do not edit.
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  CreateWidgetParams,
  ListWidgetsParams,
  ListWidgetsResponse,
  Widget,
} from "./types.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;

  constructor(transport: Transport);

  /** `POST /v1/widgets` (operationId `CreateWidget`) */
  createWidget(params: CreateWidgetParams, options?: RequestOptions): Promise<WithResponse<Widget>>;

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

/** Creates a client. `baseUrl` defaults to "https://api.example.com". */
export declare function createClient(options?: ClientOptions): Client;
