// Generated from acme-inventory-additive.yaml — do not edit.
import type { GetWidgetParamsExpand, WidgetFinish, WidgetStatus } from "./enums.js";
export type { GetWidgetParamsExpand, WidgetFinish, WidgetStatus } from "./enums.js";

export interface paths {
    "/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List widgets */
        get: operations["listWidgets"];
        put?: never;
        /** Create a widget */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id.
                 * @example wid_42
                 */
                widget_id: string;
            };
            cookie?: never;
        };
        /** Retrieve a widget */
        get: operations["getWidget"];
        put?: never;
        post?: never;
        /** Delete a widget */
        delete: operations["deleteWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wid_42 */
                widget_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Upload a widget's image */
        put: operations["uploadWidgetImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                widget_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Replace a widget's tags */
        put: operations["replaceWidgetTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bins/{bin_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getBin"];
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
        WidgetStatus: WidgetStatus;
        Widget: Widget;
        WidgetWritable: WidgetWritable;
        Bin: Bin;
        BinWritable: BinWritable;
        GetBinParams: GetBinParams;
        CreateWidgetParams: CreateWidgetParams;
        DeleteWidgetParams: DeleteWidgetParams;
        GetWidgetParams: GetWidgetParams;
        ListWidgetsParams: ListWidgetsParams;
        ListWidgetsResponse: ListWidgetsResponse;
        ReplaceWidgetTagsParams: ReplaceWidgetTagsParams;
        ReplaceWidgetTagsResponse: ReplaceWidgetTagsResponse;
        UploadWidgetImageParams: UploadWidgetImageParams;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWidgets: {
        parameters: {
            query?: {
                status?: WidgetStatus;
                /** @example 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of widgets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: Widget[];
                        has_more: boolean;
                    };
                };
            };
        };
    };
    createWidget: {
        parameters: {
            query?: {
                /** @description Validate only; create nothing. */
                dry_run?: boolean;
            };
            header?: {
                /** @description A trace id echoed in the logs. */
                "X-Acme-Trace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Sprocket",
                 *       "sku": "SPR-1",
                 *       "status": "active",
                 *       "secret": "hunter2"
                 *     }
                 */
                "application/json": WidgetWritable;
            };
        };
        responses: {
            /** @description The new widget. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Widget;
                };
            };
        };
    };
    getWidget: {
        parameters: {
            query?: {
                expand?: GetWidgetParamsExpand[];
            };
            header?: never;
            path: {
                /**
                 * @description The widget's id.
                 * @example wid_42
                 */
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget. */
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
    deleteWidget: {
        parameters: {
            query?: {
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The widget's id.
                 * @example wid_42
                 */
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    uploadWidgetImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example wid_42 */
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: Blob | File | Uint8Array;
                    caption?: string;
                    alt_text?: string;
                };
            };
        };
        responses: {
            /** @description The widget. */
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
    replaceWidgetTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       "blue",
                 *       "small"
                 *     ]
                 */
                "application/json": string[];
            };
        };
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    getBin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 7 */
                bin_number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A storage bin. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Bin;
                };
            };
        };
    };
}
/** A thing Acme keeps in stock. */
export interface Widget {
    /** @description Assigned by the server. */
    readonly id: string;
    /** @description The widget's name. */
    name: string;
    /** @description Stock keeping unit. */
    sku?: string | null;
    status: WidgetStatus;
    /** @description The widget's colour (added in 1.3). */
    color?: string;
    /** @description The surface finish. */
    finish?: WidgetFinish;
    /** Format: date-time */
    readonly created_at: string;
}
/** A thing Acme keeps in stock. */
export interface WidgetWritable {
    /** @description The widget's name. */
    name: string;
    /** @description Stock keeping unit. */
    sku?: string | null;
    status: WidgetStatus;
    /** @description The widget's colour (added in 1.3). */
    color?: string;
    /** @description The surface finish. */
    finish?: WidgetFinish;
    /** @description A password for the widget's admin page; never returned. */
    secret?: string;
}
/** A storage bin. */
export interface Bin {
    readonly number: number;
    widgets: Widget[];
}
/** A storage bin. */
export interface BinWritable {
    widgets: WidgetWritable[];
}
export type GetBinParams = Record<string, never>;
export type CreateWidgetParams = {
    /** @description Validate only; create nothing. */
    dry_run?: boolean;
    /** @description A trace id echoed in the logs. */
    "X-Acme-Trace"?: string;
} & WidgetWritable;
export interface DeleteWidgetParams {
    force?: boolean;
}
export interface GetWidgetParams {
    expand?: GetWidgetParamsExpand[];
}
export interface ListWidgetsParams {
    status?: WidgetStatus;
    limit?: number;
}
export interface ListWidgetsResponse {
    data: Widget[];
    has_more: boolean;
}
export interface ReplaceWidgetTagsParams {
    body: string[];
}
export type ReplaceWidgetTagsResponse = string[];
export interface UploadWidgetImageParams {
    /** Format: binary */
    file: Blob | File | Uint8Array;
    caption?: string;
    alt_text?: string;
}

/** Successful response of GET /bins/{bin_number}. */
export type GetBinResponse = Bin;
/** Successful response of POST /widgets. */
export type CreateWidgetResponse = Widget;
/** Successful response of GET /widgets/{widget_id}. */
export type GetWidgetResponse = Widget;
/** Successful response of PUT /widgets/{widget_id}/image. */
export type UploadWidgetImageResponse = Widget;
