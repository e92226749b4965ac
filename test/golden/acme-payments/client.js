// Generated from acme-payments.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateCapturePaymentRequest,
  validateCapturePaymentResponse200,
  validateCapturePaymentResponseDefault,
  validateCreatePaymentRequest,
  validateCreatePaymentResponse201,
  validateCreatePaymentResponseDefault,
  validateCreateRefundRequest,
  validateCreateRefundResponse200,
  validateCreateRefundResponseDefault,
  validateGetHealthRequest,
  validateGetHealthResponse200,
  validateGetMeRequest,
  validateGetMeResponse200,
  validateGetPaymentRequest,
  validateGetPaymentResponse200,
  validateGetPaymentResponseDefault,
  validateGetRegionRequest,
  validateGetRegionResponse200,
  validateGetReportRequest,
  validateGetReportResponse200,
  validateGetReportResponseDefault,
  validateListPaymentsRequest,
  validateListPaymentsResponse200,
  validateListPaymentsResponseDefault,
  validateSearchPaymentsRequest,
  validateSearchPaymentsResponse200,
  validateSearchPaymentsResponseDefault,
} from "./validators.js";
/**
 * What the spec declares for the runtime: credentials, retries, errors, timeout.
 *
 * @type {import("./runtime/index.js").ApiConfig}
 */
const api = {
  schemes: {
    apiKeyAuth: { type: "apiKey", option: "apiKeyAuth", in: "header", name: "X-API-Key" },
    basicAuth: { type: "basic", option: "basicAuth" },
    oauth: { type: "bearer", option: "oauth" },
    oidc: { type: "bearer", option: "oidc" },
    queryKey: { type: "apiKey", option: "queryKey", in: "query", name: "api_key" },
    sessionCookie: { type: "apiKey", option: "sessionCookie", in: "cookie", name: "acme_session" },
  },
  retry: {
    statuses: [408, 409, 429, "5XX"],
    connectionErrors: true,
    timeouts: true,
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    exponent: 2,
  },
  errors: {},
  timeoutMs: 60000,
};
/**
 * The operations of the spec, as data for the runtime.
 *
 * @satisfies {Record<string, import("./runtime/index.js").OperationDescriptor>}
 */
const operations = {
  GetHealth: {
    operationId: "getHealth",
    name: "account.getHealth",
    method: "GET",
    path: "/health",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetHealthRequest,
    validateResponse: { 200: validateGetHealthResponse200 },
  },
  GetMe: {
    operationId: "getMe",
    name: "account.getMe",
    method: "GET",
    path: "/me",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    security: [["sessionCookie"], ["oidc"]],
    keys: [],
    validateRequest: validateGetMeRequest,
    validateResponse: { 200: validateGetMeResponse200 },
  },
  CapturePayment: {
    operationId: "capturePayment",
    name: "payments.capture",
    method: "POST",
    path: "/payments/{paymentId}/capture",
    pathParams: ["paymentId"],
    query: [],
    headers: [],
    optionHeaders: [],
    security: [["apiKeyAuth"]],
    idempotencyHeader: "Idempotency-Key",
    keys: [],
    validateRequest: validateCapturePaymentRequest,
    validateResponse: {
      200: validateCapturePaymentResponse200,
      default: validateCapturePaymentResponseDefault,
    },
  },
  CreatePayment: {
    operationId: "createPayment",
    name: "payments.create",
    method: "POST",
    path: "/payments",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [["tenantId", "X-Tenant", true]],
    security: [["apiKeyAuth"]],
    keys: ["amount", "currency", "status"],
    body: { mediaType: "application/json", encoding: "json", merged: true, required: true },
    validateRequest: validateCreatePaymentRequest,
    validateResponse: {
      201: validateCreatePaymentResponse201,
      default: validateCreatePaymentResponseDefault,
    },
  },
  CreateRefund: {
    operationId: "createRefund",
    name: "payments.createRefund",
    method: "POST",
    path: "/refunds",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    security: [["apiKeyAuth"]],
    unixTime: ["requested_at"],
    keys: ["payment", "amount", "reasons", "notify", "metadata", "requested_at"],
    body: {
      mediaType: "application/x-www-form-urlencoded",
      encoding: "form",
      merged: true,
      required: true,
      styles: {
        notify: { style: "form", explode: false },
        reasons: { style: "form", explode: true },
      },
    },
    validateRequest: validateCreateRefundRequest,
    validateResponse: {
      200: validateCreateRefundResponse200,
      default: validateCreateRefundResponseDefault,
    },
  },
  GetPayment: {
    operationId: "getPayment",
    name: "payments.get",
    method: "GET",
    path: "/payments/{paymentId}",
    pathParams: ["paymentId"],
    query: [],
    headers: [],
    optionHeaders: [],
    security: [["apiKeyAuth"]],
    retry: {
      statuses: [502],
      connectionErrors: true,
      timeouts: true,
      maxRetries: 2,
      initialDelayMs: 500,
      maxDelayMs: 8000,
      exponent: 2,
    },
    keys: [],
    validateRequest: validateGetPaymentRequest,
    validateResponse: {
      200: validateGetPaymentResponse200,
      default: validateGetPaymentResponseDefault,
    },
  },
  ListPayments: {
    operationId: "listPayments",
    name: "payments.list",
    method: "GET",
    path: "/payments",
    pathParams: [],
    query: ["status", "currency", "created", "since", "limit"],
    headers: [["X-Trace", "X-Trace"]],
    optionHeaders: [["tenantId", "X-Tenant", true]],
    cookies: [["locale", "locale"]],
    styles: {
      status: { style: "form", explode: true },
      currency: { style: "form", explode: false },
    },
    security: [["apiKeyAuth"]],
    unixTime: ["since"],
    keys: ["status", "currency", "created", "since", "limit", "X-Trace", "locale"],
    validateRequest: validateListPaymentsRequest,
    validateResponse: {
      200: validateListPaymentsResponse200,
      default: validateListPaymentsResponseDefault,
    },
  },
  SearchPayments: {
    operationId: "searchPayments",
    name: "payments.search",
    method: "GET",
    path: "/payments/search",
    pathParams: [],
    query: ["ids", "tags", "amount"],
    headers: [],
    optionHeaders: [],
    styles: {
      ids: { style: "spaceDelimited", explode: false },
      tags: { style: "pipeDelimited", explode: false },
      amount: { style: "form", explode: false },
    },
    security: [["queryKey"]],
    keys: ["ids", "tags", "amount"],
    validateRequest: validateSearchPaymentsRequest,
    validateResponse: {
      200: validateSearchPaymentsResponse200,
      default: validateSearchPaymentsResponseDefault,
    },
  },
  GetReport: {
    operationId: "getReport",
    name: "reports.get",
    method: "GET",
    path: "/reports/{period}",
    pathParams: ["period"],
    query: [],
    headers: [],
    optionHeaders: [],
    styles: { period: { style: "label", explode: false } },
    security: [["basicAuth"]],
    keys: [],
    validateRequest: validateGetReportRequest,
    validateResponse: {
      200: validateGetReportResponse200,
      default: validateGetReportResponseDefault,
    },
  },
  GetRegion: {
    operationId: "getRegion",
    name: "reports.getRegion",
    method: "GET",
    path: "/regions/{point}",
    pathParams: ["point"],
    query: [],
    headers: [],
    optionHeaders: [],
    styles: { point: { style: "matrix", explode: true } },
    security: [["oauth"]],
    keys: [],
    validateRequest: validateGetRegionRequest,
    validateResponse: { 200: validateGetRegionResponse200 },
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = [
  "apiKeyAuth",
  "basicAuth",
  "headers",
  "idempotencyKey",
  "maxRetries",
  "oauth",
  "oidc",
  "queryKey",
  "sessionCookie",
  "signal",
  "tenantId",
  "timeoutMs",
];

/** Operations grouped under `account`. */
export class AccountResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /**
   * Liveness probe (no credentials)
   *
   * `GET /health` (operationId `getHealth`)
   */
  getHealth(params, options) {
    return this.#transport.request(operations.GetHealth, [], params, options);
  }

  /** `GET /me` (operationId `getMe`) */
  getMe(params, options) {
    return this.#transport.request(operations.GetMe, [], params, options);
  }
}

/** Operations grouped under `payments`. */
export class PaymentsResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `POST /payments/{paymentId}/capture` (operationId `capturePayment`) */
  capture(paymentId, params, options) {
    return this.#transport.request(operations.CapturePayment, [paymentId], params, options);
  }

  /** `POST /payments` (operationId `createPayment`) */
  create(params, options) {
    return this.#transport.request(operations.CreatePayment, [], params, options);
  }

  /** `POST /refunds` (operationId `createRefund`) */
  createRefund(params, options) {
    return this.#transport.request(operations.CreateRefund, [], params, options);
  }

  /** `GET /payments/{paymentId}` (operationId `getPayment`) */
  get(paymentId, params, options) {
    return this.#transport.request(operations.GetPayment, [paymentId], params, options);
  }

  /** `GET /payments` (operationId `listPayments`) */
  list(params, options) {
    return this.#transport.request(operations.ListPayments, [], params, options);
  }

  /** `GET /payments/search` (operationId `searchPayments`) */
  search(params, options) {
    return this.#transport.request(operations.SearchPayments, [], params, options);
  }
}

/** Operations grouped under `reports`. */
export class ReportsResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /**
   * An admin report (HTTP Basic)
   *
   * `GET /reports/{period}` (operationId `getReport`)
   */
  get(period, params, options) {
    return this.#transport.request(operations.GetReport, [period], params, options);
  }

  /** `GET /regions/{point}` (operationId `getRegion`) */
  getRegion(point, params, options) {
    return this.#transport.request(operations.GetRegion, [point], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "https://api.acme.test/v2". */
export function createClient(options) {
  const transport = new Transport(options, {
    defaultBaseUrl: "https://api.acme.test/v2",
    userAgent: "acme-payments-client/2.3.0",
    api,
    requestOptionNames,
  });
  return {
    account: new AccountResource(transport),
    payments: new PaymentsResource(transport),
    reports: new ReportsResource(transport),
  };
}
