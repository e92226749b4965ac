// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * Stripe's `application/x-www-form-urlencoded` encoding, used for form bodies and query strings.
 *
 * The output is byte-for-byte what stripe-node sends: `qs.stringify(value, { arrayFormat: "indices",
 * serializeDate })` followed by turning `%5B`/`%5D` back into literal `[`/`]` (stripe-node does that
 * "for readability"; servers decode both identically, since form keys are decoded before their
 * brackets are parsed).
 *
 * - nested objects become `a[b][c]=v`, arrays `a[0]=v`, to any depth;
 * - keys and values are percent-encoded per RFC 3986 (only `A-Za-z0-9-._~` kept; `!'()*` escaped),
 *   except brackets, as above; lone UTF-16 surrogates become U+FFFD (as qs and TextEncoder do);
 * - numbers and bigints via `String()` (so no exponent for safe integers), booleans `true`/`false`;
 * - a Date becomes unix seconds (floored);
 * - `""` and `null` become an empty value `key=`: Stripe reads an empty value as "unset this field",
 *   and qs (so stripe-node) sends `null` the same way;
 * - `undefined`, functions and symbols are omitted, and so are empty arrays and empty objects
 *   (they have no representation in this format; send `""` to clear a list).
 */
export declare function encodeForm(value: unknown): string;
/** Percent-encodes one key segment or value (RFC 3986, brackets kept literal). */
export declare function encodeComponent(text: string): string;
