// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  paths,
  AttachSourceParams,
  AttachSourceResponse,
  DetachSourceResponse,
  CreateSourceParams,
  CreateSourceResponse,
  RetrieveSourceParams,
  RetrieveSourceResponse,
  UpdateSourceParams,
  UpdateSourceResponse,
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
    customer: paths["/v1/customers/{customer}/sources"]["post"]["parameters"]["path"]["customer"],
    params: AttachSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<AttachSourceResponse>>;
  /**
   * Detach a source
   *
   * Detaches a Source object from a Customer. The status of a source is changed to `consumed` when it is detached and it can no longer be used to create a charge.
   *
   * `DELETE /v1/customers/{customer}/sources/{id}` (operationId `DetachSource`)
   */
  detachSource(
    customer: paths["/v1/customers/{customer}/sources/{id}"]["delete"]["parameters"]["path"]["customer"],
    id: paths["/v1/customers/{customer}/sources/{id}"]["delete"]["parameters"]["path"]["id"],
    options?: RequestOptions,
  ): Promise<WithResponse<DetachSourceResponse>>;
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
  create(
    params: CreateSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<CreateSourceResponse>>;
  /**
   * Retrieve a source
   *
   * Retrieves an existing source object. Supply the unique source ID from a source creation request and Stripe will return the corresponding up-to-date source object information.
   *
   * `GET /v1/sources/{source}` (operationId `RetrieveSource`)
   */
  retrieve(
    source: paths["/v1/sources/{source}"]["get"]["parameters"]["path"]["source"],
    params?: RetrieveSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<RetrieveSourceResponse>>;
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
    source: paths["/v1/sources/{source}"]["post"]["parameters"]["path"]["source"],
    params?: UpdateSourceParams,
    options?: RequestOptions,
  ): Promise<WithResponse<UpdateSourceResponse>>;
}
/** A client for Stripe Sources API 1.0.0. */
export interface Client {
  readonly customers: CustomersResource;
  readonly sources: SourcesResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.stripe.com". */
export declare function createClient(options: ClientOptions): Client;
