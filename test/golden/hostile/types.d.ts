// Generated from hostile.yaml — do not edit.
import type { ThingNameV2FooBar } from "./enums.js";
export type { ThingNameV2FooBar } from "./enums.js";

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
        "Thing-Name.v2": ThingNameV2;
        class: Class;
        "1abc": _1abc;
        "File--Full": FileFull;
        "foo-bar": FooBar2;
        FooBar: FooBar;
        ConstructorParams: ConstructorParams;
        GetItemXParams: GetItemXParams;
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
                    "application/json": ThingNameV2;
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
                "application/json": _1abc[];
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
/** A description with *\/ inside and ${template} and `ticks` */
export interface ThingNameV2 {
    1?: number;
    "@id"?: string;
    /** Format: date-time */
    "StartTime<"?: string;
    "*/"?: string;
    class?: Class;
    "foo-bar"?: ThingNameV2FooBar;
}
export interface Class {
    "constructor"?: string;
    "__proto__"?: string;
}
/** starts with a digit */
export type _1abc = string;
export type FileFull = string;
export type FooBar2 = string;
export type FooBar = number;
export interface ConstructorParams {
    body?: _1abc[];
}
export interface GetItemXParams {
    /** @description *\/ evil */
    "q*/"?: string;
    "X-Trace-Id"?: string;
}

/** Successful response of GET /items/{item-id}#frag. */
export type GetItemXResponse = ThingNameV2;
