// Generated from recursion.yaml — do not edit.

export interface paths {
    "/trees/{treeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTree"];
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
        Node: {
            value: string;
            children?: components["schemas"]["Node"][];
            parent?: components["schemas"]["Node"] | null;
        };
        Even: {
            next?: components["schemas"]["Odd"];
        };
        Odd: {
            next?: components["schemas"]["Even"];
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
    getTree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                treeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A tree. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Node"];
                };
            };
        };
    };
}

export type Even = components["schemas"]["Even"];
export type Node = components["schemas"]["Node"];
export type Odd = components["schemas"]["Odd"];
/** Successful response of GET /trees/{treeId}. */
export type GetTreeResponse = paths["/trees/{treeId}"]["get"]["responses"]["200"]["content"]["application/json"];
