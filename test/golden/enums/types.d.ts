// Generated from enums.yaml — do not edit.
import type { OrderKind, OrderStatus, Priority } from "./enums.js";
export type { OrderKind, OrderStatus, Priority } from "./enums.js";

export interface paths {
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOrders"];
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
        OrderStatus: OrderStatus;
        Priority: Priority;
        Order: Order;
        ListOrdersParams: ListOrdersParams;
        ListOrdersResponse: ListOrdersResponse;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrders: {
        parameters: {
            query?: {
                status?: OrderStatus;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Order[];
                };
            };
        };
    };
}
export interface Order {
    status: OrderStatus;
    kind?: OrderKind;
    priority?: Priority;
    /** @enum {unknown} */
    flag?: true | null;
}
export interface ListOrdersParams {
    status?: OrderStatus;
}
export type ListOrdersResponse = Order[];

