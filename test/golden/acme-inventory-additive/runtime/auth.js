// Generated from acme-inventory-additive.yaml — do not edit.
import { RequestValidationError } from "./errors.js";
const NONE = { headers: [], query: [], cookies: [] };
const VISIBLE_ASCII = /^[\x21-\x7E]+$/;
const CONTROL = /[\x00-\x1F\x7F]/;
function invalid(option, expected) {
  return new TypeError(`Invalid ${option}: expected ${expected}`);
}
/** Throws a `TypeError` (without the value) when `value` cannot be sent for `scheme`. */
export function checkCredential(option, scheme, value) {
  if (scheme.type === "basic" && typeof value === "object" && value !== null) {
    const { username, password } = value;
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
function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
function basicParts(value) {
  return typeof value === "string" ? [value, ""] : [value.username, value.password ?? ""];
}
/** Every string a credential could be seen as (for redaction): key, password, Basic token. */
export function secretsOf(value) {
  if (typeof value === "string") return [value, base64(`${value}:`)];
  const [username, password] = basicParts(value);
  const token = base64(`${username}:${password}`);
  // Without a password the user name is the secret (an API key sent as `curl -u key:`).
  return password === "" ? [username, token] : [password, token];
}
function apply(scheme, value, out) {
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
/**
 * The first alternative whose schemes all have credentials is applied. An empty alternative (`{}`)
 * makes credentials optional. Without a usable alternative, throws a `RequestValidationError`
 * that names the options to set.
 */
export function resolveAuth(input) {
  const alternatives = input.security ?? [];
  if (alternatives.length === 0) return NONE;
  for (const names of alternatives) {
    if (names.length === 0) continue;
    const schemes = names.map((n) => input.schemes[n]).filter((s) => s !== undefined);
    const values = schemes.map((s) => input.credential(s.option));
    if (schemes.length !== names.length || values.some((v) => v === undefined)) continue;
    const out = { headers: [], query: [], cookies: [] };
    schemes.forEach((s, i) => apply(s, values[i], out));
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
