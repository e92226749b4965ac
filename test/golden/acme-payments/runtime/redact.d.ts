// Generated from test/fixtures/specs/acme-payments.yaml (sha256 2555f4fe97f2dd73a37f60675c39163458047e5606070f161c380ca8d366e1a6).
// Do not edit: change the spec and run `npm run generate`.
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
