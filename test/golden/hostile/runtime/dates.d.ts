// Generated from test/fixtures/specs/hostile.yaml (sha256 e2c68f8638f8524214e75168f04415c44d0aa89f85d1058e62b501a6de00c586).
// Do not edit: change the spec and run `npm run generate`.
/**
 * `Date` values to what goes on the wire, before validation and encoding: unix seconds (an
 * integer) where the schema says `format: unix-time`, an ISO 8601 string everywhere else.
 */
/**
 * Copies the arrays and plain objects of `params` that contain Dates, each Date converted.
 * `unixPaths` are dotted paths from the params root (`mandate.acceptance.date`, `items.*.at`).
 */
export declare function wireDates(
  params: unknown,
  unixPaths: readonly string[] | undefined,
): unknown;
