/**
 * Example values for the generated README: the spec's own examples where it has them (a
 * parameter's `example`/`examples`, a request body's examples, a schema's `example`), else a
 * plain value of the schema's type, so every example call compiles.
 */
import { getAtPointer, isObject, resolveRef, type JsonObject } from "../model/resolve.js";
import type { OperationModel, ParameterModel } from "../model/types.js";

/** Stands for a binary value in an example; the README prints it as `new Blob([…])`. */
export const BINARY_SAMPLE = "\u0000binary\u0000";

/** The first example a parameter (or its schema) gives, else a value of its type. */
export function parameterExample(document: JsonObject, param: ParameterModel): unknown {
  const node = getAtPointer(document, param.pointer);
  const own = isObject(node) ? firstExample(document, node) : undefined;
  if (own !== undefined) return own;
  const sample = sampleValue(document, param.schema, 0);
  return param.in === "path" && typeof sample === "string" ? `${param.name}_value` : sample;
}

/** The `params` of an example call: the body's example merged with the required parameters. */
export function paramsExample(
  document: JsonObject,
  op: OperationModel,
  required: boolean,
): Record<string, unknown> | undefined {
  const body = op.requestBody;
  const bodyExample = op.requestExamples[0]?.value;
  const params: Record<string, unknown> = {};
  for (const p of [...op.queryParams, ...op.headerParams]) {
    if (p.clientOption === undefined && p.required) params[p.key] = parameterExample(document, p);
  }
  if (body) {
    const value =
      bodyExample !== undefined
        ? bodyExample
        : body.required
          ? sampleValue(document, body.schema, 0)
          : undefined;
    if (value !== undefined && body.merged && isObject(value)) Object.assign(params, value);
    else if (value !== undefined && !body.merged) params["body"] = value;
  }
  return Object.keys(params).length > 0 || required ? params : undefined;
}

function firstExample(document: JsonObject, node: JsonObject): unknown {
  if ("example" in node) return node["example"];
  if (isObject(node["examples"])) {
    for (const value of Object.values(node["examples"])) {
      const ex = resolveRef(document, value, "").value;
      if (isObject(ex) && "value" in ex) return ex["value"];
    }
  }
  const schema = resolveRef(document, node["schema"], "").value;
  if (isObject(schema)) {
    if ("example" in schema) return schema["example"];
    if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) {
      return schema["examples"][0];
    }
  }
  return undefined;
}

/** A value of the schema: its example, first enum value, or a plain value of its type. */
export function sampleValue(document: JsonObject, schema: unknown, depth: number): unknown {
  const s = resolveRef(document, schema, "").value;
  if (!isObject(s) || depth > 8) return undefined;
  if ("example" in s) return s["example"];
  if (Array.isArray(s["examples"]) && s["examples"].length > 0) return s["examples"][0];
  if (Array.isArray(s["enum"]) && s["enum"].length > 0) return s["enum"][0];
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = s[key];
    if (Array.isArray(list) && list.length > 0 && !isObject(s["properties"])) {
      return discriminated(s, list[0], sampleValue(document, list[0], depth + 1));
    }
  }
  const type = Array.isArray(s["type"]) ? s["type"].find((t) => t !== "null") : s["type"];
  switch (type) {
    case "string":
      return s["format"] === "binary" ? BINARY_SAMPLE : "string";
    case "integer":
    case "number":
      return typeof s["minimum"] === "number" ? s["minimum"] : 1;
    case "boolean":
      return true;
    case "array":
      return [];
    default:
      return objectSample(document, s, depth);
  }
}

/** A `discriminator`'s property set to the branch's value (its mapping key, else its name). */
function discriminated(s: JsonObject, branch: unknown, value: unknown): unknown {
  const discriminator = s["discriminator"];
  if (!isObject(discriminator) || !isObject(value) || !isObject(branch)) return value;
  const property = discriminator["propertyName"];
  const ref = branch["$ref"];
  if (typeof property !== "string" || typeof ref !== "string") return value;
  const mapping = isObject(discriminator["mapping"]) ? discriminator["mapping"] : {};
  const key = Object.keys(mapping).find((k) => mapping[k] === ref) ?? ref.split("/").pop();
  return { ...value, [property]: key };
}

function objectSample(document: JsonObject, s: JsonObject, depth: number): unknown {
  const out: Record<string, unknown> = {};
  const properties = isObject(s["properties"]) ? s["properties"] : {};
  const required = Array.isArray(s["required"]) ? s["required"] : [];
  for (const name of required) {
    if (typeof name !== "string" || !(name in properties)) continue;
    const value = sampleValue(document, properties[name], depth + 1);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
