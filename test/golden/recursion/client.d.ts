// Generated from recursion.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { paths, GetTreeResponse } from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `GET /trees/{treeId}` (operationId `getTree`) */
  getTree(
    treeId: paths["/trees/{treeId}"]["get"]["parameters"]["path"]["treeId"],
    options?: RequestOptions,
  ): Promise<WithResponse<GetTreeResponse>>;
}
/** A client for Recursion 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
