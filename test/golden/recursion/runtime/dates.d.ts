// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
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
