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
        Pet: Pet;
        Base: Base;
        Cat: Cat;
        Dog: Dog;
        Problem: Problem;
        AddPetParams: AddPetParams;
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
                "application/json": Pet;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Pet;
                };
            };
            /** @description Error */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Problem;
                };
            };
        };
    };
}
export type Pet = Cat | Dog;
export interface Base {
    petType: string;
    name: string;
}
export type Cat = Base & {
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
export type Dog = Base & {
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
export interface Problem {
    title?: string;
    status?: number;
}
export type AddPetParams = Pet;

/** Successful response of POST /pets. */
export type AddPetResponse = Pet;
