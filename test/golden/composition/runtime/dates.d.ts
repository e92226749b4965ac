// Generated from test/fixtures/specs/composition.yaml (sha256 c9dcfea65c19d33ca17eb60448a5d896e99608507aa42d62b96e7cffee7e654f).
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
