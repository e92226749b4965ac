// Generated from test/fixtures/specs/multi-file/openapi.yaml (sha256 172367512e68d7203349a46d241757817a151baa7957ea6b840c6e7f906301a8).
// Do not edit: change the spec and run `npm run generate`.

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
