// Generated from nullable-30.yaml — do not edit.

export interface paths {
    "/things/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getThing"];
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
        Thing: Thing;
        Note: Note;
        GetThingParams: GetThingParams;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getThing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A thing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Thing;
                };
            };
        };
    };
}
export interface Thing {
    id: number;
    label: string | null;
    note: Note | null;
    score?: number;
}
export interface Note {
    text?: string;
}
export type GetThingParams = Record<string, never>;

/** Successful response of GET /things/{id}. */
export type GetThingResponse = Thing;
