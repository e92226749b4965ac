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
export declare function encodeForm(value: unknown): string;
/** Percent-encodes one key segment or value (RFC 3986, brackets kept literal). */
export declare function encodeComponent(text: string): string;
