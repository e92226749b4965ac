/**
 * The keys a method's `params` may hold, for the runtime's unknown-key check: the query and
 * header parameters' keys and the body's properties (or `body`). `open` when the body's schema
 * allows properties it does not list (`additionalProperties` other than `false`,
 * `patternProperties`, or an object without `properties`): then any key may be a body property.
 */
import { paramsParameters } from "./params-schema.js";
import { isObject, resolveRef, type JsonObject } from "./resolve.js";
import type { OperationModel } from "./types.js";

export interface ParamsKeys {
  readonly keys: readonly string[];
  readonly open: boolean;
}

export function paramsKeys(op: OperationModel, document: JsonObject): ParamsKeys {
  const own = paramsParameters(op).map((p) => p.key);
  const body = op.requestBody;
  if (!body) return { keys: own, open: false };
  if (!body.merged) return { keys: [...own, "body"], open: false };
  const shape = bodyShape(document, body.schema, 0);
  return { keys: [...new Set([...own, ...shape.keys])], open: shape.open };
}

function bodyShape(document: JsonObject, schema: unknown, depth: number): ParamsKeys {
  const s = resolveRef(document, schema, "").value;
  if (depth > 20 || !isObject(s)) return { keys: [], open: true };
  const keys = isObject(s["properties"]) ? Object.keys(s["properties"]) : [];
  let open = allowsMore(s);
  const parts = ["allOf", "anyOf", "oneOf"].flatMap((k) =>
    Array.isArray(s[k]) ? (s[k] as unknown[]) : [],
  );
  for (const part of parts) {
    const inner = bodyShape(document, part, depth + 1);
    keys.push(...inner.keys);
    open ||= inner.open && !requiredOnly(document, part);
  }
  if (keys.length === 0 && parts.length === 0) open = true;
  return { keys, open };
}

function allowsMore(s: JsonObject): boolean {
  const extra = s["additionalProperties"];
  return (extra !== undefined && extra !== false) || isObject(s["patternProperties"]);
}

/** A branch that only lists required names (`anyOf: [{ required: [type] }]`) adds no keys. */
function requiredOnly(document: JsonObject, part: unknown): boolean {
  const s = resolveRef(document, part, "").value;
  return isObject(s) && Object.keys(s).every((k) => k === "required" || k === "type");
}
