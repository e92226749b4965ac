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
        Node: Node;
        Even: Even;
        Odd: Odd;
        GetTreeParams: GetTreeParams;
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
                    "application/json": Node;
                };
            };
        };
    };
}
export interface Node {
    value: string;
    children?: Node[];
    parent?: Node | null;
}
export interface Even {
    next?: Odd;
}
export interface Odd {
    next?: Even;
}
export type GetTreeParams = Record<string, never>;

/** Successful response of GET /trees/{treeId}. */
export type GetTreeResponse = Node;
