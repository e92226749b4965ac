// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Removes a secret from anything the runtime stores on errors or response metadata. */
export declare const REDACTED = "[REDACTED]";
export declare function redactString(text: string, secret: string): string;
/** Deep copy of JSON-like data with the secret replaced in every string (keys included). */
export declare function redactDeep(value: unknown, secret: string, depth?: number): unknown;
/**
 * A safe stand-in for a thrown value (e.g. fetch's network error) to keep as an error's `cause`:
 * name, message, code and stack copied with the secret removed, nested causes likewise.
 */
export declare function redactCause(error: unknown, secret: string, depth?: number): unknown;
