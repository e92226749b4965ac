// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
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
