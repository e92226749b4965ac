// Generated from hostile.yaml — do not edit.

export interface paths {
    "/items/{item-id}#frag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * *\/ alert('x') /*
         * @description Backticks ``` and </script> and
         line separator
         */
        get: operations["get-item */ ${x}"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/constructor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["constructor"];
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
        /** @description A description with *\/ inside and ${template} and `ticks` */
        "Thing-Name.v2": {
            1?: number;
            "@id"?: string;
            /** Format: date-time */
            "StartTime<"?: string;
            "*/"?: string;
            class?: components["schemas"]["class"];
            /** @enum {string} */
            "foo-bar"?: "*/" | "`" | "${x}" | "\"" | "'";
        };
        class: {
            "constructor"?: string;
            "__proto__"?: string;
        };
        /** @description starts with a digit */
        "1abc": string;
        "File--Full": string;
        "foo-bar": string;
        FooBar: number;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "get-item */ ${x}": {
        parameters: {
            query?: {
                /** @description *\/ evil */
                "q*/"?: string;
            };
            header?: {
                "X-Trace-Id"?: string;
            };
            path: {
                "item-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description *\/ */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thing-Name.v2"];
                };
            };
        };
    };
    constructor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["1abc"][];
            };
        };
        responses: {
            /** @description Nothing. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

export type _1abc = components["schemas"]["1abc"];
export type FileFull = components["schemas"]["File--Full"];
export type FooBar = components["schemas"]["FooBar"];
export type ThingNameV2 = components["schemas"]["Thing-Name.v2"];
export type Class = components["schemas"]["class"];
export type FooBar2 = components["schemas"]["foo-bar"];
/** Parameters of POST /constructor. */
export type ConstructorParams = { body?: NonNullable<paths["/constructor"]["post"]["requestBody"]>["content"]["application/json"] };
/** Successful response of POST /constructor. */
export type ConstructorResponse = void;
/** Parameters of GET /items/{item-id}#frag. */
export type GetItemXParams = NonNullable<paths["/items/{item-id}#frag"]["get"]["parameters"]["query"]> & NonNullable<paths["/items/{item-id}#frag"]["get"]["parameters"]["header"]>;
/** Successful response of GET /items/{item-id}#frag. */
export type GetItemXResponse = paths["/items/{item-id}#frag"]["get"]["responses"]["200"]["content"]["application/json"];
