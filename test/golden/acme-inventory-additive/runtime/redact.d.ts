// Generated from acme-inventory-additive.yaml — do not edit.
/** Removes every credential from anything the runtime stores on errors or response metadata. */
export declare const REDACTED = "[REDACTED]";
/** One secret or several. */
export type Secrets = string | readonly string[];
export declare function redactString(text: string, secrets: Secrets): string;
/** Deep copy of JSON-like data with the secret replaced in every string (keys included). */
export declare function redactDeep(value: unknown, secret: Secrets, depth?: number): unknown;
/**
 * A safe stand-in for a thrown value (e.g. fetch's network error) to keep as an error's `cause`:
 * name, message, code and stack copied with the secret removed, nested causes likewise.
 */
export declare function redactCause(error: unknown, secret: Secrets, depth?: number): unknown;
