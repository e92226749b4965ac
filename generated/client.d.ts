// Generated from openapi.yaml — do not edit.
import {
  ApiError,
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  paths,
  AttachSourceParams,
  CreateSourceParams,
  DetachSourceParams,
  RetrieveSourceParams,
  Source,
  UpdateSourceParams,
} from "./types.js";

declare module "./runtime/errors.js" {
  interface ApiError {
    /** `error.decline_code` of the error body (spec: `x-errors.fields`). */
    readonly declineCode?: string;
    /** `error.doc_url` of the error body (spec: `x-errors.fields`). */
    readonly docUrl?: string;
  }
}

/** The base class of every error this client throws. */
export { ApiError as StripeError };
/** An error response of type or status `api_error`, HTTP 5XX (spec: `x-errors`). */
export declare class APIError extends ApiError {}

/** An error response of type or status `card_error`, HTTP 402 (spec: `x-errors`). */
export declare class CardError extends ApiError {}

/** An error response of type or status `idempotency_error` (spec: `x-errors`). */
export declare class IdempotencyError extends ApiError {}

/** An error response of type or status `invalid_request_error`, HTTP 400, HTTP 404 (spec: `x-errors`). */
export declare class InvalidRequestError extends ApiError {}

/** An error response of type or status HTTP 403, `permission_error` (spec: `x-errors`). */
export declare class PermissionError extends ApiError {}

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Your secret API key as the HTTP Basic user name, with an empty password (`curl -u sk_test_...:`).
   *
   * Your secret API key (`sk_test_...` / `sk_live_...`) as a Bearer token.
   *
   * Credential for basicAuth (basic), bearerAuth (bearer). Never logged or stored on errors.
   */
  readonly apiKey: string;
  /**
   * The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
   *
   * Sent as the `Stripe-Version` header.
   */
  readonly apiVersion?: string;
  /**
   * The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option.
   *
   * Sent as the `Stripe-Account` header.
   */
  readonly stripeAccount?: string;
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
  /**
   * Your secret API key as the HTTP Basic user name, with an empty password (`curl -u sk_test_...:`).
   *
   * Your secret API key (`sk_test_...` / `sk_live_...`) as a Bearer token.
   *
   * Credential for basicAuth (basic), bearerAuth (bearer). Never logged or stored on errors.
   */
  readonly apiKey?: string;
  /**
   * The Stripe API version to use for this request (defaults to the account's version). Supplied by the `apiVersion` client or request option.
   *
   * Sent as the `Stripe-Version` header.
   */
  readonly apiVersion?: string;
  /**
   * The connected account (`acct_...`) to make the request on behalf of (Connect). Supplied by the `stripeAccount` client or request option.
   *
   * Sent as the `Stripe-Account` header.
   */
  readonly stripeAccount?: string;
}

/** Options of a call whose operation declares an idempotency header. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Sent as the idempotency header; a fresh key is generated per call when absent, and reused on every retry. */
  readonly idempotencyKey?: string;
}

/** An error response of `POST /v1/customers/{customer}/sources`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type AttachSourceError = ApiError<
  paths["/v1/customers/{customer}/sources"]["post"]["responses"]["default"]["content"]["application/json"]
>;
/** An error response of `DELETE /v1/customers/{customer}/sources/{id}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type DetachSourceError = ApiError<
  paths["/v1/customers/{customer}/sources/{id}"]["delete"]["responses"]["default"]["content"]["application/json"]
>;
/** An error response of `POST /v1/sources`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type CreateSourceError = ApiError<
  paths["/v1/sources"]["post"]["responses"]["default"]["content"]["application/json"]
>;
/** An error response of `GET /v1/sources/{source}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type RetrieveSourceError = ApiError<
  paths["/v1/sources/{source}"]["get"]["responses"]["default"]["content"]["application/json"]
>;
/** An error response of `POST /v1/sources/{source}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type UpdateSourceError = ApiError<
  paths["/v1/sources/{source}"]["post"]["responses"]["default"]["content"]["application/json"]
>;
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
    options?: IdempotentRequestOptions,
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
  create(
    params: CreateSourceParams,
    options?: IdempotentRequestOptions,
  ): Promise<WithResponse<Source>>;

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
    options?: IdempotentRequestOptions,
  ): Promise<WithResponse<Source>>;
}

/** A client for Stripe Sources API 1.0.0. */
export interface Client {
  readonly customers: CustomersResource;
  readonly sources: SourcesResource;
}

/** Creates a client. `apiKey` required; `baseUrl` defaults to "https://api.stripe.com". */
export declare function createClient(options: ClientOptions): Client;
