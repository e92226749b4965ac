// Generated from spec/openapi.yaml (sha256 3949ee3b45b8f7574850d03fecbf57a24c59858a8a3e9778f75d44dd8b5845cf).
// Do not edit: change the spec and run `npm run generate`.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  AttachSourceParams,
  CreateSourceParams,
  DetachSourceParams,
  RetrieveSourceParams,
  Source,
  UpdateSourceParams,
} from "./types.js";
/** Operations grouped under `customers`. */
export declare class CustomersResource {
  #private;
  constructor(transport: Transport);
  /**
   * Attach a source
   *
   * Attaches a Source object to a Customer. The source must be in a `chargeable` or `pending` state.
   *
   * `POST /v1/customers/{customer}/sources` (operationId `AttachSource`)
   */
  attachSource(
    customer: string,
    params: AttachSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>>;
  /**
   * Detach a source
   *
   * Detaches a Source object from a Customer. The status of a source is changed to `consumed` when it is detached and it can no longer be used to create a charge.
   *
   * `DELETE /v1/customers/{customer}/sources/{id}` (operationId `DetachSource`)
   */
  detachSource(
    customer: string,
    id: string,
    params?: DetachSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>>;
}
/** Operations grouped under `sources`. */
export declare class SourcesResource {
  #private;
  constructor(transport: Transport);
  /**
   * Create a source
   *
   * Creates a new source object.
   *
   * `POST /v1/sources` (operationId `CreateSource`)
   */
  create(params: CreateSourceParams, options?: RequestOptions): Promise<WithResponse<Source>>;
  /**
   * Retrieve a source
   *
   * Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.
   *
   * `GET /v1/sources/{source}` (operationId `RetrieveSource`)
   */
  retrieve(
    source: string,
    params?: RetrieveSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>>;
  /**
   * Update a source
   *
   * Updates the specified source by setting the values of the parameters passed. Any parameters not provided will be left unchanged.
   *
   * This request accepts the `metadata` and `owner` as arguments. It is also possible to update type specific information for selected payment methods. Please refer to our [payment method guides](https://docs.stripe.com/sources) for more detail.
   *
   * `POST /v1/sources/{source}` (operationId `UpdateSource`)
   */
  update(
    source: string,
    params?: UpdateSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>>;
}
/** A client for Stripe Sources API 1.0.0. */
export interface Client {
  readonly customers: CustomersResource;
  readonly sources: SourcesResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.stripe.com". */
export declare function createClient(options: ClientOptions): Client;
