// Generated from acme-payments.yaml — do not edit.
import type { PaymentStatus } from "./enums.js";
export type { PaymentStatus } from "./enums.js";

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe (no credentials) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listPayments"];
        put?: never;
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["searchPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/{paymentId}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["capturePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An admin report (HTTP Basic) */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/regions/{point}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PaymentStatus: PaymentStatus;
        Payment: Payment;
        PaymentWritable: PaymentWritable;
        Problem: Problem;
        GetHealthParams: GetHealthParams;
        GetHealthResponse: GetHealthResponse;
        GetMeParams: GetMeParams;
        GetMeResponse: GetMeResponse;
        CapturePaymentParams: CapturePaymentParams;
        CreatePaymentParams: CreatePaymentParams;
        CreateRefundParams: CreateRefundParams;
        CreateRefundResponse: CreateRefundResponse;
        GetPaymentParams: GetPaymentParams;
        ListPaymentsParams: ListPaymentsParams;
        ListPaymentsResponse: ListPaymentsResponse;
        SearchPaymentsParams: SearchPaymentsParams;
        SearchPaymentsResponse: SearchPaymentsResponse;
        GetReportParams: GetReportParams;
        GetReportResponse: GetReportResponse;
        GetRegionParams: GetRegionParams;
        GetRegionResponse: GetRegionResponse;
    };
    responses: {
        /** @description An RFC 9457 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": Problem;
            };
        };
    };
    parameters: {
        /** @description The tenant every call runs in. */
        Tenant: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok?: boolean;
                    };
                };
            };
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description Any of these statuses (`status=a&status=b`). */
                status?: PaymentStatus[];
                /** @description Any of these currencies (`currency=eur,usd`). */
                currency?: string[];
                /** @description A creation time window (`created[gte]=…`). */
                created?: {
                    /** Format: date-time */
                    gte?: string;
                    /** Format: date-time */
                    lt?: string;
                };
                /** @description Changed since (unix seconds). */
                since?: number;
                limit?: number;
            };
            header: {
                /** @description The tenant every call runs in. */
                "X-Tenant": components["parameters"]["Tenant"];
                "X-Trace"?: string[];
            };
            path?: never;
            cookie?: {
                locale?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Payment[];
                    };
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant every call runs in. */
                "X-Tenant": components["parameters"]["Tenant"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": PaymentWritable;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Payment;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    searchPayments: {
        parameters: {
            query?: {
                ids?: string[];
                tags?: string[];
                /** @description An amount range, as `amount=min,10,max,20`. */
                amount?: {
                    min?: number;
                    max?: number;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: Payment[];
                    };
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Payment;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    capturePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the capture safe to retry. */
                "Idempotency-Key"?: string;
            };
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Captured. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Payment;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    payment: string;
                    amount?: number;
                    reasons?: string[];
                    notify?: string[];
                    metadata?: {
                        [key: string]: string;
                    };
                    /** Format: unix-time */
                    requested_at?: number;
                };
            };
        };
        responses: {
            /** @description Refunded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                    };
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                period: string[];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            default: components["responses"]["Problem"];
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                point: {
                    lat?: number;
                    lng?: number;
                };
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
export interface Payment {
    readonly id: string;
    amount: number;
    currency: string;
    status?: PaymentStatus;
    /** Format: date-time */
    readonly created_at: string;
}
export interface PaymentWritable {
    amount: number;
    currency: string;
    status?: PaymentStatus;
}
export interface Problem {
    type?: string;
    title?: string;
    status?: number;
    detail?: string;
    instance?: string;
}
export type GetHealthParams = Record<string, never>;
export interface GetHealthResponse {
    ok?: boolean;
}
export type GetMeParams = Record<string, never>;
export type GetMeResponse = Record<string, never>;
export type CapturePaymentParams = Record<string, never>;
export type CreatePaymentParams = PaymentWritable;
export interface CreateRefundParams {
    payment: string;
    amount?: number;
    reasons?: string[];
    notify?: string[];
    metadata?: {
        [key: string]: string;
    };
    /** Format: unix-time */
    requested_at?: number;
}
export interface CreateRefundResponse {
    id?: string;
}
export type GetPaymentParams = Record<string, never>;
export interface ListPaymentsParams {
    /** @description Any of these statuses (`status=a&status=b`). */
    status?: PaymentStatus[];
    /** @description Any of these currencies (`currency=eur,usd`). */
    currency?: string[];
    /** @description A creation time window (`created[gte]=…`). */
    created?: {
        /** Format: date-time */
        gte?: string;
        /** Format: date-time */
        lt?: string;
    };
    /**
     * Format: unix-time
     * @description Changed since (unix seconds).
     */
    since?: number;
    limit?: number;
    "X-Trace"?: string[];
    locale?: string;
}
export interface ListPaymentsResponse {
    data: Payment[];
}
export interface SearchPaymentsParams {
    ids?: string[];
    tags?: string[];
    /** @description An amount range, as `amount=min,10,max,20`. */
    amount?: {
        min?: number;
        max?: number;
    };
}
export interface SearchPaymentsResponse {
    data?: Payment[];
}
export type GetReportParams = Record<string, never>;
export type GetReportResponse = Record<string, never>;
export type GetRegionParams = Record<string, never>;
export type GetRegionResponse = Record<string, never>;

/** Successful response of POST /payments/{paymentId}/capture. */
export type CapturePaymentResponse = Payment;
/** Successful response of POST /payments. */
export type CreatePaymentResponse = Payment;
/** Successful response of GET /payments/{paymentId}. */
export type GetPaymentResponse = Payment;
