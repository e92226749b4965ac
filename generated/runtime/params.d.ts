// Generated from spec/openapi.yaml (sha256 35949938d8902dc1a02689d2d8138e81f7de0b6f54ff2948aac91f73e958e927).
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
