// Generated from enums.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { ListOrdersParams, ListOrdersResponse } from "./types.js";
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
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
