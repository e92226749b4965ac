// Generated from spec/openapi.yaml (sha256 3949ee3b45b8f7574850d03fecbf57a24c59858a8a3e9778f75d44dd8b5845cf).
// Do not edit: change the spec and run `npm run generate`.
/** Splits a call's `params` into the request parts the descriptor names, as they will be sent. */
import type { OperationDescriptor } from "./descriptor.js";
/** What validators see (only the parts the operation has) and what the encoders send. */
export interface RequestParts {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
}
/**
 * Dates are converted to what goes on the wire before validation, so the validator judges the
 * sent value: unix seconds (an integer, as Stripe's specs type timestamps) in form-encoded parts
 * (query, form and multipart bodies), the ISO string `JSON.stringify` would give in JSON bodies.
 * Other encodings' bodies (binary, text) are left untouched.
 */
export declare function splitParams(
  op: OperationDescriptor,
  path: Record<string, string>,
  params: object | undefined,
): RequestParts;
/**
 * `params` as they will be sent, for the request validator: Dates converted as `splitParams`
 * converts them (query and header values, form and multipart bodies: unix seconds; JSON bodies:
 * ISO strings). Other values are the caller's own.
 */
export declare function paramsAsSent(op: OperationDescriptor, params: object | undefined): unknown;
