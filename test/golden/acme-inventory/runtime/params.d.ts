// Generated from acme-inventory.yaml — do not edit.
/** Splits a call's `params` into the request parts the descriptor names, as they will be sent. */
import type { OperationDescriptor } from "./descriptor.js";
/** What validators see (only the parts the operation has) and what the encoders send. */
export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
}
/**
 * Splits `params` (Dates already converted, see `dates.ts`) into the parts validators see and the
 * encoders send. Cookie parameters are not a part: `cookieValues` picks them.
 */
export declare function splitParams(
  op: OperationDescriptor,
  path: Record<string, unknown>,
  params: object | undefined,
): RequestParts;
/** The values of the operation's cookie parameters, by cookie name. */
export declare function cookieValues(
  op: OperationDescriptor,
  params: object | undefined,
): Record<string, unknown>;
