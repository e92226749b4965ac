// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Path template substitution. */
import type { OperationDescriptor } from "./descriptor.js";
/**
 * Checks the path arguments and returns them by name. Each must be a non-empty string; `.` and
 * `..` are rejected too: fetch parses URLs per WHATWG, which treats `.`/`..` segments — and their
 * percent-encoded forms `%2E`/`%2E%2E` as well — as dot segments and removes them, so no encoding
 * keeps them from changing the path (e.g. `/v1/customers/%2E%2E/sources` is sent as `/v1/sources`).
 */
export declare function pathValues(
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
): Record<string, string>;
/** Substitutes each `{name}` with its value, percent-encoded so it stays one path segment. */
export declare function buildPath(
  template: string,
  values: Readonly<Record<string, string>>,
): string;
