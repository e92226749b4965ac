// Generated from composition.yaml — do not edit.
import {
  ApiError,
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { paths, AddPetParams, Pet } from "./types.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

/** An error response of `POST /pets`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type AddPetError = ApiError<
  paths["/pets"]["post"]["responses"]["default"]["content"]["application/json"]
>;
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;

  constructor(transport: Transport);

  /** `POST /pets` (operationId `addPet`) */
  addPet(params: AddPetParams, options?: RequestOptions): Promise<WithResponse<Pet>>;
}

/** A client for Composition 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}

/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
