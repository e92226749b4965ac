// Generated from enums.yaml — do not edit.
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { ListOrdersParams, ListOrdersResponse } from "./types.js";

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

  /** `GET /orders` (operationId `listOrders`) */
  listOrders(
    params?: ListOrdersParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ListOrdersResponse>>;
}

/** A client for Enums 2.0.0. */
export interface Client {
  readonly default: DefaultResource;
}

/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
