/**
 * OpenAPI Schema Object → JSON Schema 2020-12.
 *
 * Pure: returns a new value and never mutates its input (leaves that are not schemas, such as
 * `enum` arrays, `default` values and `x-*` extension values, are shared with the input). Only
 * schema positions are walked; `$ref`s are kept as they are (never followed), so recursive
 * documents are fine. Objects reached twice (YAML aliases) are normalised once and the result is
 * shared; a cyclic input gives a cyclic output instead of recursing forever.
 *
 * What changes:
 * - `nullable: true` (3.0; also honoured in 3.1 documents because openapi-typescript honours it
 *   there too, so types and validators agree) → `"null"` is added to `type`, `null` is added to
 *   `enum`; when the schema has keywords that would still reject null (`$ref` in 3.1, `allOf`,
 *   `anyOf`, `oneOf`, `not`, `const`, `if`), the assertions move into `anyOf: [<them>, {type: "null"}]`
 *   (or, when `anyOf` is the only one, `{type: "null"}` is appended to it). `nullable` without
 *   `type` and without such keywords already accepts null: only the key is dropped.
 *   `nullable` is always removed (ajv would otherwise apply its own, stricter, reading of it).
 * - Boolean `exclusiveMinimum`/`exclusiveMaximum` (draft 4) → the numeric form.
 * - 3.0: the siblings of `$ref` are ignored, as the 3.0 specification says (`{$ref}` only).
 * - Draft 4–7 leftovers: `items: [..]` → `prefixItems` (+ `additionalItems` → `items`),
 *   `dependencies` → `dependentRequired`/`dependentSchemas`, `definitions` is walked like `$defs`.
 * - `example`, `examples` and nested `$schema` are dropped: examples are data, and ajv collects
 *   `$id`-looking keys from them.
 *
 * Kept as they are: annotations (`title`, `description`, `default`, `deprecated`, `readOnly`,
 * `writeOnly`, `xml`, `externalDocs`, `discriminator`, `format`, …) and `x-*` extensions. The
 * validator emitter removes what ajv does not need.
 */
import type { JsonSchema } from "./types.js";

type SchemaObject = { [keyword: string]: unknown };

/** Keywords whose value is one schema. */
const SINGLE_SCHEMA = new Set([
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
]);
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
/** Keywords dropped everywhere. */
const DROPPED = new Set(["example", "examples", "nullable", "$schema"]);
/** Keywords that can reject `null` whatever `type` says. */
const NULL_REJECTING = ["$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not", "const", "if"];
/**
 * Annotations that stay on the outer schema when nullable assertions move into `anyOf` (`x-*`
 * extensions go with the assertions: `x-open-enum` must stay next to its `enum`).
 */
const OUTER_ANNOTATIONS = new Set([
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "$comment",
  "$id",
  "$anchor",
]);

export function normaliseSchema(schema: unknown, dialect: "3.0" | "3.1"): JsonSchema {
  const memo = new Map<object, unknown>();

  function normalise(node: unknown): unknown {
    if (!isObject(node)) return node;
    const done = memo.get(node);
    if (done !== undefined) return done;
    const out: SchemaObject = {};
    memo.set(node, out);
    const normalised = normaliseObject(node);
    for (const key of Object.keys(normalised)) setOwn(out, key, normalised[key]);
    return out;
  }

  function normaliseList(list: unknown): unknown {
    return Array.isArray(list) ? list.map(normalise) : list;
  }

  function normaliseMap(map: unknown): unknown {
    if (!isObject(map)) return map;
    const out: SchemaObject = {};
    for (const key of Object.keys(map)) setOwn(out, key, normalise(map[key]));
    return out;
  }

  function normaliseObject(node: SchemaObject): SchemaObject {
    if (dialect === "3.0" && typeof node.$ref === "string") return { $ref: node.$ref };

    const out: SchemaObject = {};
    const tupleItems = Array.isArray(node.items);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (DROPPED.has(key)) continue;
      if (SINGLE_SCHEMA.has(key)) {
        out[key] = normalise(value);
      } else if (SCHEMA_MAP.has(key)) {
        out[key] = normaliseMap(value);
      } else if (SCHEMA_LIST.has(key)) {
        out[key] = normaliseList(value);
      } else if (key === "items") {
        if (tupleItems) out.prefixItems = normaliseList(value);
        else out.items = normalise(value);
      } else if (key === "additionalItems") {
        // Only meaningful next to a tuple `items`, where it becomes 2020-12 `items`.
        if (tupleItems) out.items = normalise(value);
      } else if (key === "dependencies" && isObject(value)) {
        for (const name of Object.keys(value)) {
          const dependency = value[name];
          const target = Array.isArray(dependency) ? "dependentRequired" : "dependentSchemas";
          const existing = isObject(out[target]) ? (out[target] as SchemaObject) : {};
          out[target] = {
            ...existing,
            [name]: Array.isArray(dependency) ? dependency : normalise(dependency),
          };
        }
      } else if (key === "minimum" || key === "maximum") {
        const exclusive = node[key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"];
        if (exclusive === true && typeof value === "number") {
          out[key === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] = value;
        } else {
          out[key] = value;
        }
      } else if (key === "exclusiveMinimum" || key === "exclusiveMaximum") {
        // The boolean (draft 4) form was folded into `minimum`/`maximum` above.
        if (typeof value !== "boolean") out[key] = value;
      } else {
        setOwn(out, key, value);
      }
    }

    return node.nullable === true ? allowNull(out) : out;
  }

  return normalise(schema) as JsonSchema;
}

function allowNull(schema: SchemaObject): SchemaObject {
  const out: SchemaObject = { ...schema };
  const type = out.type;
  if (typeof type === "string") {
    if (type !== "null") out.type = [type, "null"];
  } else if (Array.isArray(type)) {
    if (!type.includes("null")) out.type = [...type, "null"];
  }
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];

  const rejecting = NULL_REJECTING.filter((keyword) => keyword in out);
  if (rejecting.length === 0) return out;
  if (rejecting.length === 1 && rejecting[0] === "anyOf" && Array.isArray(out.anyOf)) {
    return { ...out, anyOf: [...out.anyOf, { type: "null" }] };
  }
  const outer: SchemaObject = {};
  const inner: SchemaObject = {};
  for (const key of Object.keys(out)) {
    setOwn(OUTER_ANNOTATIONS.has(key) ? outer : inner, key, out[key]);
  }
  outer.anyOf = [inner, { type: "null" }];
  return outer;
}

/** `object[key] = value` that also works for a key named `__proto__`. */
function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
