/**
 * Credentials: checked when given, chosen per operation from its security requirement
 * alternatives, and applied as headers, query parameters or cookies. No credential is ever
 * echoed in a message.
 */
import type { SecurityScheme } from "./api.js";
import { RequestValidationError } from "./errors.js";

/** A bearer token or API key, or Basic's user name and password (a string is the user name). */
export type Credential = string | { readonly username: string; readonly password?: string };

export interface AppliedAuth {
  readonly headers: readonly (readonly [string, string])[];
  readonly query: readonly (readonly [string, string])[];
  readonly cookies: readonly (readonly [string, string])[];
}

const NONE: AppliedAuth = { headers: [], query: [], cookies: [] };
const VISIBLE_ASCII = /^[\x21-\x7E]+$/;
const CONTROL = /[\x00-\x1F\x7F]/;

function invalid(option: string, expected: string): TypeError {
  return new TypeError(`Invalid ${option}: expected ${expected}`);
}

/** Throws a `TypeError` (without the value) when `value` cannot be sent for `scheme`. */
export function checkCredential(option: string, scheme: SecurityScheme, value: unknown): void {
  if (scheme.type === "basic" && typeof value === "object" && value !== null) {
    const { username, password } = value as { username?: unknown; password?: unknown };
    const ok =
      typeof username === "string" &&
      !CONTROL.test(username) &&
      !username.includes(":") &&
      (password === undefined || (typeof password === "string" && !CONTROL.test(password)));
    if (!ok) throw invalid(option, "{ username, password? }: strings without control characters");
    return;
  }
  if (typeof value !== "string" || !VISIBLE_ASCII.test(value)) {
    throw invalid(
      option,
      "a non-empty string of visible ASCII characters (no spaces, newlines or other control characters)",
    );
  }
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function basicParts(value: Credential): [string, string] {
  return typeof value === "string" ? [value, ""] : [value.username, value.password ?? ""];
}

/** Every string a credential could be seen as (for redaction): key, password, Basic token. */
export function secretsOf(value: Credential): string[] {
  if (typeof value === "string") return [value, base64(`${value}:`)];
  const [username, password] = basicParts(value);
  const token = base64(`${username}:${password}`);
  // Without a password the user name is the secret (an API key sent as `curl -u key:`).
  return password === "" ? [username, token] : [password, token];
}

function apply(scheme: SecurityScheme, value: Credential, out: AppliedAuthMutable): void {
  switch (scheme.type) {
    case "bearer":
      out.headers.push(["Authorization", `Bearer ${basicParts(value)[0]}`]);
      return;
    case "basic": {
      const [username, password] = basicParts(value);
      out.headers.push(["Authorization", `Basic ${base64(`${username}:${password}`)}`]);
      return;
    }
    case "apiKey": {
      const key = basicParts(value)[0];
      const list =
        scheme.in === "query" ? out.query : scheme.in === "cookie" ? out.cookies : out.headers;
      list.push([scheme.name, key]);
      return;
    }
  }
}

interface AppliedAuthMutable {
  headers: [string, string][];
  query: [string, string][];
  cookies: [string, string][];
}

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
export function resolveAuth(input: AuthInput): AppliedAuth {
  const alternatives = input.security ?? [];
  if (alternatives.length === 0) return NONE;
  for (const names of alternatives) {
    if (names.length === 0) continue;
    const schemes = names.map((n) => input.schemes[n]).filter((s) => s !== undefined);
    const values = schemes.map((s) => input.credential(s.option));
    if (schemes.length !== names.length || values.some((v) => v === undefined)) continue;
    const out: AppliedAuthMutable = { headers: [], query: [], cookies: [] };
    schemes.forEach((s, i) => apply(s, values[i]!, out));
    return out;
  }
  if (alternatives.some((names) => names.length === 0)) return NONE;
  const choices = alternatives.map((names) =>
    [...new Set(names.map((n) => `\`${input.schemes[n]?.option ?? n}\``))].join(" and "),
  );
  throw new RequestValidationError(
    `${input.label} needs credentials: set ${[...new Set(choices)].join(", or ")} (a client or request option)`,
  );
}
