/**
 * The names a caller may put in a method's `options` argument: the runtime's generic request
 * options, every `x-client-option` of the spec and every credential option (one per security
 * scheme). Emitted as one list of data beside the
 * operations, so the runtime can tell a request option passed in `params` by mistake
 * ("`tenantId` is a request option: pass it in the options argument").
 */
import type { ApiModel } from "./types.js";

/** The runtime's own per-request options (templates/runtime/types.ts `RequestOptions`). */
export const GENERIC_REQUEST_OPTIONS: readonly string[] = [
  "headers",
  "idempotencyKey",
  "maxRetries",
  "signal",
  "timeoutMs",
];

export function requestOptionNames(model: ApiModel): string[] {
  const fromSpec = model.operations.flatMap((op) =>
    op.headerParams.flatMap((p) => (p.clientOption === undefined ? [] : [p.clientOption])),
  );
  const credentials = model.securitySchemes.map((scheme) => scheme.option);
  return [...new Set([...GENERIC_REQUEST_OPTIONS, ...fromSpec, ...credentials])].sort();
}
