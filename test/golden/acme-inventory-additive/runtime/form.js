// Generated from acme-inventory-additive.yaml — do not edit.
/**
 * The bracket-and-index form encoding (`qs` with `arrayFormat: "indices"`): the `deepObject` style
 * and the rule for nested values OpenAPI leaves undefined (see `serialise.ts`).
 *
 * The output is byte-for-byte `qs.stringify(value, { arrayFormat: "indices", serializeDate })`
 * followed by turning `%5B`/`%5D` back into literal `[`/`]` for readability (servers decode both
 * identically, since form keys are decoded before their brackets are parsed).
 *
 * - nested objects become `a[b][c]=v`, arrays `a[0]=v`, to any depth;
 * - keys and values are percent-encoded per RFC 3986 (only `A-Za-z0-9-._~` kept; `!'()*` escaped),
 *   except brackets, as above; lone UTF-16 surrogates become U+FFFD (as qs and TextEncoder do);
 * - numbers and bigints via `String()` (so no exponent for safe integers), booleans `true`/`false`;
 * - a Date becomes unix seconds (floored); the transport converts Dates before (`dates.ts`);
 * - `""` and `null` become an empty value `key=` (many form APIs read it as "unset this field";
 *   qs sends `null` the same way);
 * - `undefined`, functions and symbols are omitted, and so are empty arrays and empty objects
 *   (they have no representation in this format; send `""` to clear a list).
 */
export function encodeForm(value) {
  const out = [];
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    // Top-level keys have no brackets; an empty key stays empty (qs: `[0]=` for `{ "": ["x"] }`).
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], String(i), out);
    } else {
      const record = value;
      for (const k of Object.keys(record)) walk(record[k], encodeComponent(k), out);
    }
  }
  return out.join("&");
}
function walkChildren(container, prefix, out) {
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length; i++) walk(container[i], `${prefix}[${i}]`, out);
    return;
  }
  const record = container;
  for (const k of Object.keys(record)) walk(record[k], `${prefix}[${encodeComponent(k)}]`, out);
}
function walk(value, key, out) {
  switch (typeof value) {
    case "string":
      out.push(`${key}=${encodeComponent(value)}`);
      return;
    case "number":
    case "bigint":
      out.push(`${key}=${encodeComponent(String(value))}`);
      return;
    case "boolean":
      out.push(`${key}=${value ? "true" : "false"}`);
      return;
    case "object":
      if (value === null) out.push(`${key}=`);
      else if (value instanceof Date) out.push(`${key}=${unixSeconds(value)}`);
      else walkChildren(value, key, out);
      return;
    default:
      // undefined, function, symbol: omitted
      return;
  }
}
function unixSeconds(date) {
  return encodeComponent(String(Math.floor(date.getTime() / 1000)));
}
const SAFE = /^[A-Za-z0-9\-._~]*$/;
const NEEDS_FIX = /[!'()*]|%5[BD]/g;
const FIXES = {
  "!": "%21",
  "'": "%27",
  "(": "%28",
  ")": "%29",
  "*": "%2A",
  "%5B": "[",
  "%5D": "]",
};
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Percent-encodes one key segment or value (RFC 3986, brackets kept literal). */
export function encodeComponent(text) {
  if (SAFE.test(text)) return text;
  let encoded;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    encoded = encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD"));
  }
  return encoded.replace(NEEDS_FIX, (m) => FIXES[m] ?? m);
}
