// Generated from test/fixtures/specs/webhooks-only.yaml (sha256 f03eb8106f03337caca0af3a90eeb619fb5bf4321f1127e8f1b9fe671d6b7403).
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
