/** Splits a call's `params` into the request parts the descriptor names. */
import type { OperationDescriptor } from "./descriptor.js";

/** What validators see: only the parts the operation has. */
export interface RequestParts {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
}

export function splitParams(
  op: OperationDescriptor,
  path: Record<string, string>,
  params: object | undefined,
): RequestParts {
  const source = (params ?? {}) as Record<string, unknown>;
  const parts: RequestParts = {};
  if (op.pathParams.length > 0) parts.path = path;
  if (op.query.length > 0) parts.query = pick(source, op.query);
  if (op.headers.length > 0) {
    parts.header = pick(
      source,
      op.headers.map(([key]) => key),
    );
  }
  if (op.body) {
    if (op.body.merged) {
      const taken = new Set<string>([...op.query, ...op.headers.map(([key]) => key)]);
      const body: Record<string, unknown> = {};
      for (const key of Object.keys(source)) {
        if (!taken.has(key) && source[key] !== undefined) body[key] = source[key];
      }
      parts.body = body;
    } else if (source.body !== undefined) {
      parts.body = source.body;
    }
  }
  return parts;
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) {
      out[key] = source[key];
    }
  }
  return out;
}
