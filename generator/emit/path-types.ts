/** The TypeScript type of a path id argument: the primitive its schema describes. */
import { isObject } from "../model/resolve.js";
import type { JsonSchema } from "../model/types.js";

/**
 * `string`, `number`, a union of literals for an enum; `string` when the schema says less;
 * undefined for an array or object (label/matrix/simple styles serialise those): the caller then
 * names openapi-typescript's type for the parameter.
 */
export function pathArgumentType(schema: JsonSchema): string | undefined {
  if (!isObject(schema)) return "string";
  const values = schema["enum"];
  if (Array.isArray(values) && values.length > 0 && values.every(isLiteral)) {
    return values.map((v) => JSON.stringify(v)).join(" | ");
  }
  const types = (Array.isArray(schema["type"]) ? schema["type"] : [schema["type"]]).filter(
    (t) => t !== "null",
  );
  if (types.some((t) => t === "array" || t === "object")) return undefined;
  if (types.length > 0 && types.every((t) => t === "integer" || t === "number")) return "number";
  if (types.length === 1 && types[0] === "boolean") return "boolean";
  return "string";
}

function isLiteral(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}
