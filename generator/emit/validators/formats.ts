/**
 * The formats the generated validators know. A `format` outside this list (and outside the spec's
 * own top-level `x-formats` list) is an `unknown-format` error at generate time: never silently
 * ignored.
 *
 * - Checked, as ajv-formats 3 "full" mode checks them: date, time, date-time, iso-time,
 *   iso-date-time, duration, uri, uri-reference, uri-template, url, email, hostname, ipv4, ipv6,
 *   regex, uuid, json-pointer, json-pointer-uri-fragment, relative-json-pointer, byte (base64).
 * - OpenAPI numeric formats (OpenAPI Format Registry), checked on numbers only (a string carrying
 *   one, e.g. an int64 sent as a string, is accepted): int8, int16, int32, uint8, uint16, uint32
 *   (integer in range), int64, uint64 (integer; JavaScript numbers cannot leave the range),
 *   double-int (safe integer), and the generator's `unix-time` (integer >= 0).
 * - Checked on strings only: decimal, decimal128 (a decimal numeral), base64url, char (one code
 *   point).
 * - Accepted, not checked (annotations, or no sensible check on a JavaScript value): binary
 *   (a string or a Blob/Buffer: see `emit/validators/schema-walk.ts`), password, float, double,
 *   commonmark, html, media-range, http-date, date-time-local, time-local, idn-email,
 *   idn-hostname, iri, iri-reference, sf-binary, sf-boolean, sf-decimal, sf-integer, sf-string,
 *   sf-token.
 * - `x-formats` (top-level extension of the document): an array of names, or an object whose keys
 *   are names, that the spec author declares as "accepted, not checked".
 */
import { fullFormats } from "ajv-formats/dist/formats.js";
import {
  regExpFormats,
  regionFormats,
  type RuntimeFormat,
} from "../../../templates/validators/runtime.js";

/** What ajv gets for a format: `true` = accepted without a check. */
export type FormatDefinition = RuntimeFormat | RegExp | true;

export const ACCEPTED_UNCHECKED: readonly string[] = [
  "binary",
  "password",
  "float",
  "double",
  "commonmark",
  "html",
  "media-range",
  "http-date",
  "date-time-local",
  "time-local",
  "idn-email",
  "idn-hostname",
  "iri",
  "iri-reference",
  "sf-binary",
  "sf-boolean",
  "sf-decimal",
  "sf-integer",
  "sf-string",
  "sf-token",
];

/** Every known format and its definition, sorted by name. */
export function knownFormats(extra: readonly string[] = []): Map<string, FormatDefinition> {
  const formats = new Map<string, FormatDefinition>();
  for (const [name, definition] of Object.entries(fullFormats)) {
    // ajv copies RegExp definitions into the generated code; the others come from runtime.js.
    if (definition instanceof RegExp) formats.set(name, definition);
  }
  for (const [name, definition] of Object.entries(regExpFormats)) formats.set(name, definition);
  for (const [name, definition] of Object.entries(regionFormats)) formats.set(name, definition);
  for (const name of ACCEPTED_UNCHECKED) formats.set(name, true);
  for (const name of extra) if (!formats.has(name)) formats.set(name, true);
  return new Map([...formats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Names listed by the document's top-level `x-formats` extension. */
export function declaredFormats(document: { readonly [key: string]: unknown }): string[] {
  const declared = document["x-formats"];
  if (Array.isArray(declared)) return declared.filter((name) => typeof name === "string");
  if (typeof declared === "object" && declared !== null) return Object.keys(declared);
  return [];
}
