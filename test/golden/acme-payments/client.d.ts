// Generated from acme-payments.yaml — do not edit.
import {
  ApiError,
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type {
  paths,
  CapturePaymentParams,
  CreatePaymentParams,
  CreateRefundParams,
  CreateRefundResponse,
  GetHealthParams,
  GetHealthResponse,
  GetMeParams,
  GetMeResponse,
  GetPaymentParams,
  GetRegionParams,
  GetRegionResponse,
  GetReportParams,
  GetReportResponse,
  ListPaymentsParams,
  ListPaymentsResponse,
  Payment,
  SearchPaymentsParams,
  SearchPaymentsResponse,
} from "./types.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Your Acme API key.
   *
   * Credential for apiKeyAuth (header `X-API-Key`). Never logged or stored on errors.
   */
  readonly apiKeyAuth?: string;
  /**
   * An admin user name and password.
   *
   * Credential for basicAuth (basic). Never logged or stored on errors.
   */
  readonly basicAuth?: { readonly username: string; readonly password?: string };
  /** Credential for oauth (bearer). Never logged or stored on errors. */
  readonly oauth?: string;
  /** Credential for oidc (bearer). Never logged or stored on errors. */
  readonly oidc?: string;
  /** Credential for queryKey (query `api_key`). Never logged or stored on errors. */
  readonly queryKey?: string;
  /** Credential for sessionCookie (cookie `acme_session`). Never logged or stored on errors. */
  readonly sessionCookie?: string;
  /**
   * The tenant every call runs in.
   *
   * Sent as the `X-Tenant` header.
   */
  readonly tenantId: string;
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
  /**
   * Your Acme API key.
   *
   * Credential for apiKeyAuth (header `X-API-Key`). Never logged or stored on errors.
   */
  readonly apiKeyAuth?: string;
  /**
   * An admin user name and password.
   *
   * Credential for basicAuth (basic). Never logged or stored on errors.
   */
  readonly basicAuth?: { readonly username: string; readonly password?: string };
  /** Credential for oauth (bearer). Never logged or stored on errors. */
  readonly oauth?: string;
  /** Credential for oidc (bearer). Never logged or stored on errors. */
  readonly oidc?: string;
  /** Credential for queryKey (query `api_key`). Never logged or stored on errors. */
  readonly queryKey?: string;
  /** Credential for sessionCookie (cookie `acme_session`). Never logged or stored on errors. */
  readonly sessionCookie?: string;
  /**
   * The tenant every call runs in.
   *
   * Sent as the `X-Tenant` header.
   */
  readonly tenantId?: string;
}

/** Options of a call whose operation declares an idempotency header. */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Sent as the idempotency header; a fresh key is generated per call when absent, and reused on every retry. */
  readonly idempotencyKey?: string;
}

/** An error response of `POST /payments/{paymentId}/capture`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type CapturePaymentError = ApiError<
  paths["/payments/{paymentId}/capture"]["post"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `POST /payments`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type CreatePaymentError = ApiError<
  paths["/payments"]["post"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `POST /refunds`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type CreateRefundError = ApiError<
  paths["/refunds"]["post"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `GET /payments/{paymentId}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type GetPaymentError = ApiError<
  paths["/payments/{paymentId}"]["get"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `GET /payments`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type ListPaymentsError = ApiError<
  paths["/payments"]["get"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `GET /payments/search`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type SearchPaymentsError = ApiError<
  paths["/payments/search"]["get"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** An error response of `GET /reports/{period}`, its `body` typed as the spec documents it (narrow with `instanceof ApiError`, then cast). */
export type GetReportError = ApiError<
  paths["/reports/{period}"]["get"]["responses"]["default"]["content"]["application/problem+json"]
>;
/** Operations grouped under `account`. */
export declare class AccountResource {
  #private;

  constructor(transport: Transport);

  /**
   * Liveness probe (no credentials)
   *
   * `GET /health` (operationId `getHealth`)
   */
  getHealth(
    params?: GetHealthParams,
    options?: RequestOptions,
  ): Promise<WithResponse<GetHealthResponse>>;

  /** `GET /me` (operationId `getMe`) */
  getMe(params?: GetMeParams, options?: RequestOptions): Promise<WithResponse<GetMeResponse>>;
}

/** Operations grouped under `payments`. */
export declare class PaymentsResource {
  #private;

  constructor(transport: Transport);

  /** `POST /payments/{paymentId}/capture` (operationId `capturePayment`) */
  capture(
    paymentId: string,
    params?: CapturePaymentParams,
    options?: IdempotentRequestOptions,
  ): Promise<WithResponse<Payment>>;

  /** `POST /payments` (operationId `createPayment`) */
  create(params: CreatePaymentParams, options?: RequestOptions): Promise<WithResponse<Payment>>;

  /** `POST /refunds` (operationId `createRefund`) */
  createRefund(
    params: CreateRefundParams,
    options?: RequestOptions,
  ): Promise<WithResponse<CreateRefundResponse>>;

  /** `GET /payments/{paymentId}` (operationId `getPayment`) */
  get(
    paymentId: string,
    params?: GetPaymentParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Payment>>;

  /** `GET /payments` (operationId `listPayments`) */
  list(
    params?: ListPaymentsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ListPaymentsResponse>>;

  /** `GET /payments/search` (operationId `searchPayments`) */
  search(
    params?: SearchPaymentsParams,
    options?: RequestOptions,
  ): Promise<WithResponse<SearchPaymentsResponse>>;
}

/** Operations grouped under `reports`. */
export declare class ReportsResource {
  #private;

  constructor(transport: Transport);

  /**
   * An admin report (HTTP Basic)
   *
   * `GET /reports/{period}` (operationId `getReport`)
   */
  get(
    period: paths["/reports/{period}"]["get"]["parameters"]["path"]["period"],
    params?: GetReportParams,
    options?: RequestOptions,
  ): Promise<WithResponse<GetReportResponse>>;

  /** `GET /regions/{point}` (operationId `getRegion`) */
  getRegion(
    point: paths["/regions/{point}"]["get"]["parameters"]["path"]["point"],
    params?: GetRegionParams,
    options?: RequestOptions,
  ): Promise<WithResponse<GetRegionResponse>>;
}

/** A client for Acme Payments API 2.3.0. */
export interface Client {
  readonly account: AccountResource;
  readonly payments: PaymentsResource;
  readonly reports: ReportsResource;
}

/** Creates a client. `baseUrl` defaults to "https://api.acme.test/v2". */
export declare function createClient(options: ClientOptions): Client;
