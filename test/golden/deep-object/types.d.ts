// Generated from deep-object.yaml — do not edit.

export interface paths {
    "/v1/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListWidgets"];
        put?: never;
        post: operations["CreateWidget"];
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
        Widget: Widget;
        CreateWidgetParams: CreateWidgetParams;
        ListWidgetsParams: ListWidgetsParams;
        ListWidgetsResponse: ListWidgetsResponse;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListWidgets: {
        parameters: {
            query?: {
                created?: {
                    gt?: number;
                    lt?: number;
                };
                expand?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Widget[];
                };
            };
        };
    };
    CreateWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    name: string;
                    owner?: {
                        address?: {
                            city?: string;
                            line1?: string;
                        };
                    };
                    items?: {
                        parent?: string;
                        quantity?: number;
                    }[];
                    metadata?: {
                        [key: string]: string;
                    } | "";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Widget;
                };
            };
        };
    };
}
export interface Widget {
    id: string;
    name?: string;
}
export interface CreateWidgetParams {
    name: string;
    owner?: {
        address?: {
            city?: string;
            line1?: string;
        };
    };
    items?: {
        parent?: string;
        quantity?: number;
    }[];
    metadata?: {
        [key: string]: string;
    } | "";
}
export interface ListWidgetsParams {
    created?: {
        gt?: number;
        lt?: number;
    };
    expand?: string[];
}
export type ListWidgetsResponse = Widget[];

/** Successful response of POST /v1/widgets. */
export type CreateWidgetResponse = Widget;
