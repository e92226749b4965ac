// Generated from no-operation-ids.yaml — do not edit.
import {
  ApiError,
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type NoContent,
  type WithResponse,
} from "./runtime/index.js";
import type {
  paths,
  GetPetsParams,
  GetPetsPetIdParams,
  GetPetsResponse,
  PostPetsParams,
  PostUploadsParams,
} from "./types.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

/** An error response of `GET /pets/{petId}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type GetPetsPetIdError = ApiError<
  paths["/pets/{petId}"]["get"]["responses"]["default"]["content"]["application/json"]
>;
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;

  constructor(transport: Transport);

  /** `GET /pets` (operationId `getPets`) */
  getPets(params?: GetPetsParams, options?: RequestOptions): Promise<WithResponse<GetPetsResponse>>;

  /** `GET /pets/{petId}` (operationId `getPetsPetId`) */
  getPetsPetId(
    petId: number,
    params?: GetPetsPetIdParams,
    options?: RequestOptions,
  ): Promise<WithResponse<NoContent>>;

  /** `POST /pets` (operationId `postPets`) */
  postPets(params?: PostPetsParams, options?: RequestOptions): Promise<WithResponse<NoContent>>;
}

/** Operations grouped under `files`. */
export declare class FilesResource {
  #private;

  constructor(transport: Transport);

  /** `POST /uploads` (operationId `postUploads`) */
  postUploads(
    params?: PostUploadsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<NoContent>>;
}

/** A client for No operation ids 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
  readonly files: FilesResource;
}

/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
