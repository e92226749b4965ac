// Generated from deep-object.yaml — do not edit.
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
