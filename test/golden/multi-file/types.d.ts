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
        person: Person;
        address: Address;
        Country: Country;
        GetPersonParams: GetPersonParams;
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
                    "application/json": Person;
                };
            };
        };
    };
}
export interface Person {
    name: string;
    address?: Address;
    friends?: Person[];
}
export interface Address {
    city?: string;
    country?: Country;
}
export type Country = string;
export type GetPersonParams = Record<string, never>;

/** Successful response of GET /people/{personId}. */
export type GetPersonResponse = Person;
