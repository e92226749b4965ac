// Generated from composition.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { AddPetParams, AddPetResponse } from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `POST /pets` (operationId `addPet`) */
  addPet(params: AddPetParams, options?: RequestOptions): Promise<WithResponse<AddPetResponse>>;
}
/** A client for Composition 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
