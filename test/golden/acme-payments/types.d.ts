// Generated from acme-payments.yaml — do not edit.

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
        /** @enum {string} */
        PaymentStatus: "pending" | "succeeded" | "failed";
        Payment: {
            readonly id: string;
            amount: number;
            currency: string;
            status?: components["schemas"]["PaymentStatus"];
            /** Format: date-time */
            readonly created_at: string;
        };
        Problem: {
            type?: string;
            title?: string;
            status?: number;
            detail?: string;
            instance?: string;
        };
    };
    responses: {
        /** @description An RFC 9457 problem. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
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
                status?: components["schemas"]["PaymentStatus"][];
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
                        data: components["schemas"]["Payment"][];
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
                "application/json": components["schemas"]["Payment"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
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
                        data?: components["schemas"]["Payment"][];
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
                    "application/json": components["schemas"]["Payment"];
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
                    "application/json": components["schemas"]["Payment"];
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

export type Payment = components["schemas"]["Payment"];
export type PaymentStatus = components["schemas"]["PaymentStatus"];
export type Problem = components["schemas"]["Problem"];
/** Successful response of GET /health. */
export type GetHealthResponse = paths["/health"]["get"]["responses"]["200"]["content"]["application/json"];
/** Successful response of GET /me. */
export type GetMeResponse = paths["/me"]["get"]["responses"]["200"]["content"]["application/json"];
/** Successful response of POST /payments/{paymentId}/capture. */
export type CapturePaymentResponse = paths["/payments/{paymentId}/capture"]["post"]["responses"]["200"]["content"]["application/json"];
/** Parameters of POST /payments. */
export type CreatePaymentParams = NonNullable<paths["/payments"]["post"]["requestBody"]>["content"]["application/json"];
/** Successful response of POST /payments. */
export type CreatePaymentResponse = paths["/payments"]["post"]["responses"]["201"]["content"]["application/json"];
/** Parameters of POST /refunds. */
export type CreateRefundParams = NonNullable<paths["/refunds"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];
/** Successful response of POST /refunds. */
export type CreateRefundResponse = paths["/refunds"]["post"]["responses"]["200"]["content"]["application/json"];
/** Successful response of GET /payments/{paymentId}. */
export type GetPaymentResponse = paths["/payments/{paymentId}"]["get"]["responses"]["200"]["content"]["application/json"];
/** Parameters of GET /payments. */
export type ListPaymentsParams = NonNullable<paths["/payments"]["get"]["parameters"]["query"]> & Omit<NonNullable<paths["/payments"]["get"]["parameters"]["header"]>, "X-Tenant"> & NonNullable<paths["/payments"]["get"]["parameters"]["cookie"]>;
/** Successful response of GET /payments. */
export type ListPaymentsResponse = paths["/payments"]["get"]["responses"]["200"]["content"]["application/json"];
/** Parameters of GET /payments/search. */
export type SearchPaymentsParams = NonNullable<paths["/payments/search"]["get"]["parameters"]["query"]>;
/** Successful response of GET /payments/search. */
export type SearchPaymentsResponse = paths["/payments/search"]["get"]["responses"]["200"]["content"]["application/json"];
/** Successful response of GET /regions/{point}. */
export type GetRegionResponse = paths["/regions/{point}"]["get"]["responses"]["200"]["content"]["application/json"];
/** Successful response of GET /reports/{period}. */
export type GetReportResponse = paths["/reports/{period}"]["get"]["responses"]["200"]["content"]["application/json"];
