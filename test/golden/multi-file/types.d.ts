// Generated from openapi.yaml — do not edit.

export interface paths {
    "/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        get: operations["getPerson"];
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
        person: {
            name: string;
            address?: components["schemas"]["address"];
            friends?: components["schemas"]["person"][];
        };
        address: {
            city?: string;
            country?: components["schemas"]["Country"];
        };
        Country: string;
    };
    responses: never;
    parameters: {
        PersonId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: components["parameters"]["PersonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["person"];
                };
            };
        };
    };
}

export type Country = components["schemas"]["Country"];
export type Address = components["schemas"]["address"];
export type Person = components["schemas"]["person"];
/** Successful response of GET /people/{personId}. */
export type GetPersonResponse = paths["/people/{personId}"]["get"]["responses"]["200"]["content"]["application/json"];
