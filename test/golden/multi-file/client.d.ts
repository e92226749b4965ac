// Generated from openapi.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { paths, GetPersonResponse } from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `GET /people/{personId}` (operationId `getPerson`) */
  getPerson(
    personId: paths["/people/{personId}"]["get"]["parameters"]["path"]["personId"],
    options?: RequestOptions,
  ): Promise<WithResponse<GetPersonResponse>>;
}
/** A client for Multi-file 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
