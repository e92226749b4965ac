// Generated from enums.yaml — do not edit.

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
        /** @enum {string} */
        OrderStatus: "pending" | "paid" | "needs-review" | "with space" | "";
        /** @enum {integer} */
        Priority: 1 | 2 | 3;
        Order: {
            status: components["schemas"]["OrderStatus"];
            kind?: ("physical" | "digital") | (string & {});
            priority?: components["schemas"]["Priority"];
            /** @enum {unknown} */
            flag?: true | null;
        };
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
                status?: components["schemas"]["OrderStatus"];
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
                    "application/json": components["schemas"]["Order"][];
                };
            };
        };
    };
}

export type Order = components["schemas"]["Order"];
export type OrderStatus = components["schemas"]["OrderStatus"];
export type Priority = components["schemas"]["Priority"];
/** Parameters of GET /orders. */
export type ListOrdersParams = NonNullable<paths["/orders"]["get"]["parameters"]["query"]>;
/** Successful response of GET /orders. */
export type ListOrdersResponse = paths["/orders"]["get"]["responses"]["200"]["content"]["application/json"];
