// Generated from no-operation-ids.yaml — do not edit.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { paths, GetPetsResponse, PostPetsParams, PostUploadsParams } from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `GET /pets` (operationId `getPets`) */
  getPets(options?: RequestOptions): Promise<WithResponse<GetPetsResponse>>;
  /** `GET /pets/{petId}` (operationId `getPetsPetId`) */
  getPetsPetId(
    petId: paths["/pets/{petId}"]["get"]["parameters"]["path"]["petId"],
    options?: RequestOptions,
  ): Promise<WithResponse<void>>;
  /** `POST /pets` (operationId `postPets`) */
  postPets(params?: PostPetsParams, options?: RequestOptions): Promise<WithResponse<void>>;
}
/** Operations grouped under `files`. */
export declare class FilesResource {
  #private;
  constructor(transport: Transport);
  /** `POST /uploads` (operationId `postUploads`) */
  postUploads(params?: PostUploadsParams, options?: RequestOptions): Promise<WithResponse<void>>;
}
/** A client for No operation ids 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
  readonly files: FilesResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
