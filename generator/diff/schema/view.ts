/**
 * Reading one normalised schema for comparison: `$ref`s followed, a nullable wrapper
 * (`anyOf: [X, {type: "null"}]`, as the model writes OpenAPI 3.0's `nullable`) unwrapped to X,
 * and the properties of an object gathered from it and its `allOf` parts.
 */
import { escapePointer, isObject, resolveRef, type JsonObject } from "../../model/resolve.js";

export interface SchemaView {
  readonly node: JsonObject;
  readonly pointer: string;
  readonly nullable: boolean;
}

export interface PropertyView {
  readonly schema: unknown;
  readonly pointer: string;
  readonly required: boolean;
}

const EMPTY: JsonObject = {};

function isNullBranch(value: unknown): boolean {
  return isObject(value) && value["type"] === "null" && Object.keys(value).length === 1;
}

const ASSERTIONS_BESIDE_ANYOF = ["type", "enum", "const", "properties", "items", "allOf", "oneOf"];

/** The schema at `pointer` (following `$ref`s), nullable wrappers unwrapped. */
export function viewOf(document: unknown, schema: unknown, pointer: string): SchemaView {
  const resolved = resolveRef(document, schema, pointer);
  const node = isObject(resolved.value) ? resolved.value : EMPTY;
  const anyOf = node["anyOf"];
  if (Array.isArray(anyOf) && !ASSERTIONS_BESIDE_ANYOF.some((k) => k in node)) {
    const rest = anyOf
      .map((branch, index) => ({ branch, index }))
      .filter((b) => !isNullBranch(b.branch));
    if (rest.length === 1 && rest.length < anyOf.length) {
      const inner = viewOf(
        document,
        rest[0]!.branch,
        `${resolved.pointer}/anyOf/${rest[0]!.index}`,
      );
      return { ...inner, nullable: true };
    }
  }
  const only = node["allOf"];
  if (Array.isArray(only) && only.length === 1 && Object.keys(node).every(isAnnotation)) {
    // `allOf: [{$ref}]` beside a description (a common way to annotate a reference).
    return viewOf(document, only[0], `${resolved.pointer}/allOf/0`);
  }
  return { node, pointer: resolved.pointer, nullable: acceptsNull(node) };
}

const ANNOTATIONS = new Set([
  "allOf",
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "$comment",
]);

function isAnnotation(key: string): boolean {
  return ANNOTATIONS.has(key) || key.startsWith("x-");
}

function acceptsNull(node: JsonObject): boolean {
  const type = node["type"];
  if (type === "null" || (Array.isArray(type) && type.includes("null"))) return true;
  const values = node["enum"];
  return Array.isArray(values) && values.includes(null) && type === undefined;
}

/** The JSON types a schema admits, `null` excepted; undefined when `type` is absent (any). */
export function typesOf(
  document: unknown,
  node: JsonObject,
  depth = 0,
): ReadonlySet<string> | undefined {
  const type = node["type"];
  const list = Array.isArray(type) ? type : typeof type === "string" ? [type] : undefined;
  if (list) return new Set(list.filter((t): t is string => typeof t === "string" && t !== "null"));
  // No `type` of its own: what its `allOf` parts agree on (`allOf: [Base, {properties}]`).
  const parts = node["allOf"];
  if (!Array.isArray(parts) || depth > 8) return undefined;
  let found: Set<string> | undefined;
  parts.forEach((part, index) => {
    const resolved = resolveRef(document, part, String(index)).value;
    const types = isObject(resolved) ? typesOf(document, resolved, depth + 1) : undefined;
    if (types) found = found ? new Set([...found].filter((t) => types.has(t))) : new Set(types);
  });
  return found;
}

/** Enum values (JSON text, `null` excepted), or undefined when the schema has no enum/const. */
export function enumOf(node: JsonObject): readonly string[] | undefined {
  if ("const" in node) return node["const"] === null ? undefined : [JSON.stringify(node["const"])];
  const values = node["enum"];
  if (!Array.isArray(values)) return undefined;
  return values.filter((v) => v !== null).map((v) => JSON.stringify(v));
}

export function isOpenEnum(node: JsonObject): boolean {
  return node["x-open-enum"] === true;
}

/** Properties of an object schema and of its `allOf` parts; undefined when it declares none. */
export function propertiesOf(
  document: unknown,
  view: SchemaView,
): ReadonlyMap<string, PropertyView> | undefined {
  const found = new Map<string, { schema: unknown; pointer: string }>();
  const required = new Set<string>();
  const seen = new Set<string>();
  const gather = (node: JsonObject, pointer: string): void => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    const properties = node["properties"];
    if (isObject(properties)) {
      for (const name of Object.keys(properties)) {
        if (found.has(name)) continue;
        const at = `${pointer}/properties/${escapePointer(name)}`;
        found.set(name, { schema: properties[name], pointer: at });
      }
    }
    const names = node["required"];
    if (Array.isArray(names)) names.forEach((n) => typeof n === "string" && required.add(n));
    const parts = node["allOf"];
    if (!Array.isArray(parts)) return;
    parts.forEach((part, index) => {
      const resolved = resolveRef(document, part, `${pointer}/allOf/${index}`);
      if (isObject(resolved.value)) gather(resolved.value, resolved.pointer);
    });
  };
  gather(view.node, view.pointer);
  if (found.size === 0) return undefined;
  return new Map(
    [...found].map(([name, p]) => [name, { ...p, required: required.has(name) }] as const),
  );
}
