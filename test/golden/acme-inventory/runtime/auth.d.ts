// Generated from acme-inventory.yaml — do not edit.
/**
 * Credentials: checked when given, chosen per operation from its security requirement
 * alternatives, and applied as headers, query parameters or cookies. No credential is ever
 * echoed in a message.
 */
import type { SecurityScheme } from "./api.js";
/** A bearer token or API key, or Basic's user name and password (a string is the user name). */
export type Credential =
  | string
  | {
      readonly username: string;
      readonly password?: string;
    };
export interface AppliedAuth {
  readonly headers: readonly (readonly [string, string])[];
  readonly query: readonly (readonly [string, string])[];
  readonly cookies: readonly (readonly [string, string])[];
}
/** Throws a `TypeError` (without the value) when `value` cannot be sent for `scheme`. */
export declare function checkCredential(
  option: string,
  scheme: SecurityScheme,
  value: unknown,
): void;
/** Every string a credential could be seen as (for redaction): key, password, Basic token. */
export declare function secretsOf(value: Credential): string[];
export interface AuthInput {
  /** The operation's alternatives (each a list of scheme keys); `[]` or undefined: none. */
  readonly security: readonly (readonly string[])[] | undefined;
  readonly schemes: Readonly<Record<string, SecurityScheme>>;
  /** The credential for an option name (request options first, then client options). */
  readonly credential: (option: string) => Credential | undefined;
  /** Names the call in the error, e.g. `GET /pets`. */
  readonly label: string;
}
/**
 * The first alternative whose schemes all have credentials is applied. An empty alternative (`{}`)
 * makes credentials optional. Without a usable alternative, throws a `RequestValidationError`
 * that names the options to set.
 */
export declare function resolveAuth(input: AuthInput): AppliedAuth;
