// Generated from nullable-30.yaml — do not edit.
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { GetThingParams, Thing } from "./types.js";

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

  /** `GET /things/{id}` (operationId `getThing`) */
  getThing(
    id: number,
    params?: GetThingParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Thing>>;
}

/** A client for Nullable 3.0 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}

/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
