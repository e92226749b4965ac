// Generated from spec/openapi.yaml (sha256 3949ee3b45b8f7574850d03fecbf57a24c59858a8a3e9778f75d44dd8b5845cf).
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
