// Generated from composition.yaml — do not edit.

export interface paths {
    "/pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addPet"];
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
        Pet: components["schemas"]["Cat"] | components["schemas"]["Dog"];
        Base: {
            petType: string;
            name: string;
        };
        Cat: components["schemas"]["Base"] & {
            /** @constant */
            petType?: "cat";
            lives?: number;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            petType: "cat";
        };
        Dog: components["schemas"]["Base"] & {
            /** @constant */
            petType?: "dog";
            bark?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            petType: "dog";
        };
        Problem: {
            title?: string;
            status?: number;
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
    addPet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Pet"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet"];
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

export type Base = components["schemas"]["Base"];
export type Cat = components["schemas"]["Cat"];
export type Dog = components["schemas"]["Dog"];
export type Pet = components["schemas"]["Pet"];
export type Problem = components["schemas"]["Problem"];
/** Parameters of POST /pets. */
export type AddPetParams = NonNullable<paths["/pets"]["post"]["requestBody"]>["content"]["application/json"];
/** Successful response of POST /pets. */
export type AddPetResponse = paths["/pets"]["post"]["responses"]["201"]["content"]["application/json"];
