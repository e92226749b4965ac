// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
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
