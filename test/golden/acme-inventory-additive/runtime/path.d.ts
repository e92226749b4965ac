// Generated from acme-inventory-additive.yaml — do not edit.
/** Path template substitution. */
import type { OperationDescriptor } from "./descriptor.js";
import { type ParamStyle } from "./serialise.js";
/**
 * Checks the path arguments and returns them by name. A string must be non-empty; `.` and `..`
 * are rejected too: fetch parses URLs per WHATWG, which treats `.`/`..` segments — and their
 * percent-encoded forms `%2E`/`%2E%2E` as well — as dot segments and removes them, so no encoding
 * keeps them from changing the path (e.g. `/v1/customers/%2E%2E/sources` is sent as `/v1/sources`).
 * Numbers and booleans are kept as they are (the validator judges them as the spec types them);
 * arrays and objects are accepted where the spec gives the parameter a style.
 */
export declare function pathValues(
  op: OperationDescriptor,
  pathArgs: readonly unknown[],
): Record<string, unknown>;
/**
 * Substitutes each `{name}` with its value serialised by the parameter's style (simple, label,
 * matrix), percent-encoded so it stays one path segment.
 */
export declare function buildPath(
  template: string,
  values: Readonly<Record<string, unknown>>,
  styles?: Readonly<Record<string, ParamStyle>>,
): string;
