/**
 * `readOnly` and `writeOnly` (OpenAPI 3, JSON Schema): a server-assigned `id` is in responses
 * only, a `password` in requests only. The document is rewritten into two views before anything
 * reads it, so the types and the validators (built from the same document) agree:
 *
 * - the read view (component schemas, responses): `writeOnly` properties left out;
 * - the write view (request bodies, parameters): `readOnly` properties left out, never required.
 *
 * A component schema that reaches such a property (through `$ref`s too) gets a write-view twin,
 * `<Name>Writable` (the naming of @hey-api/openapi-ts), and write-view `$ref`s point to it.
 */
import { isObject, type JsonObject } from "./resolve.js";

type Mode = "read" | "write";

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_ONES = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
];
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const SCHEMA_PREFIX = "#/components/schemas/";

/** The document with both views applied (the same object when it has neither keyword). */
export function applyReadWrite(document: JsonObject): JsonObject {
  const components = isObject(document["components"]) ? document["components"] : {};
  const schemas = isObject(components["schemas"]) ? components["schemas"] : {};
  const marked = markedSchemas(schemas);
  if (marked.size === 0 && !mentionsReadWrite(document["paths"])) return document;
  const writable = writableKeys(marked, schemas);
  const view = (mode: Mode) => (schema: unknown) => viewSchema(schema, mode, writable);
  const outSchemas: Record<string, unknown> = {};
  for (const key of Object.keys(schemas)) {
    outSchemas[key] = view("read")(schemas[key]);
    const twin = writable.get(key);
    if (twin !== undefined) outSchemas[twin] = view("write")(schemas[key]);
  }
  const out: Record<string, unknown> = { ...document };
  if (isObject(document["paths"]))
    out["paths"] = mapValues(document["paths"], (p) => (isObject(p) ? pathItem(p, view) : p));
  out["components"] = {
    ...components,
    schemas: outSchemas,
    ...mapKeys(components, "parameters", (p) => withSchema(p, view("write"))),
    ...mapKeys(components, "requestBodies", (b) => withContent(b, view("write"))),
    ...mapKeys(components, "responses", (r) => withContent(r, view("read"))),
  };
  return out;
}

/** Keys of component schemas that reach a readOnly or writeOnly property. */
function markedSchemas(schemas: JsonObject): Set<string> {
  const refs = new Map<string, Set<string>>();
  const marked = new Set<string>();
  for (const key of Object.keys(schemas)) {
    const found = new Set<string>();
    if (walk(schemas[key], found)) marked.add(key);
    refs.set(key, found);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, targets] of refs) {
      if (marked.has(key) || ![...targets].some((t) => marked.has(t))) continue;
      marked.add(key);
      changed = true;
    }
  }
  return marked;
}

/** True when the schema has a readOnly/writeOnly property itself; collects its component refs. */
function walk(schema: unknown, refs: Set<string>): boolean {
  if (Array.isArray(schema)) return schema.map((s) => walk(s, refs)).some(Boolean);
  if (!isObject(schema)) return false;
  let found = false;
  const ref = schema["$ref"];
  if (typeof ref === "string" && ref.startsWith(SCHEMA_PREFIX)) {
    refs.add(decode(ref.slice(SCHEMA_PREFIX.length)));
  }
  if (isObject(schema["properties"])) {
    for (const prop of Object.values(schema["properties"])) {
      if (isObject(prop) && (prop["readOnly"] === true || prop["writeOnly"] === true)) found = true;
    }
  }
  for (const child of children(schema)) if (walk(child, refs)) found = true;
  return found;
}

function mentionsReadWrite(value: unknown): boolean {
  const text = JSON.stringify(value ?? null);
  return text.includes('"readOnly":true') || text.includes('"writeOnly":true');
}

function writableKeys(marked: ReadonlySet<string>, schemas: JsonObject): Map<string, string> {
  const taken = new Set(Object.keys(schemas));
  const out = new Map<string, string>();
  for (const key of [...marked].sort()) {
    let name = `${key}Writable`;
    for (let n = 2; taken.has(name); n++) name = `${key}Writable${n}`;
    taken.add(name);
    out.set(key, name);
  }
  return out;
}

/** A copy of the schema in one view. */
function viewSchema(schema: unknown, mode: Mode, writable: ReadonlyMap<string, string>): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = { ...schema };
  const ref = schema["$ref"];
  if (mode === "write" && typeof ref === "string" && ref.startsWith(SCHEMA_PREFIX)) {
    const twin = writable.get(decode(ref.slice(SCHEMA_PREFIX.length)));
    if (twin !== undefined) out["$ref"] = SCHEMA_PREFIX + encode(twin);
  }
  const recurse = (s: unknown): unknown => viewSchema(s, mode, writable);
  for (const key of SCHEMA_ONES) if (key in schema) out[key] = recurse(schema[key]);
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) out[key] = list.map(recurse);
  }
  for (const key of SCHEMA_MAPS) {
    if (isObject(schema[key])) out[key] = mapValues(schema[key], recurse);
  }
  if (isObject(schema["properties"])) dropHidden(out, schema["properties"], mode);
  return out;
}

/** Leaves out the properties the view hides, from `properties` and `required`. */
function dropHidden(out: Record<string, unknown>, properties: JsonObject, mode: Mode): void {
  const keyword = mode === "read" ? "writeOnly" : "readOnly";
  const hidden = Object.keys(properties).filter((k) => {
    const p = properties[k];
    return isObject(p) && p[keyword] === true;
  });
  if (hidden.length === 0) return;
  const kept = { ...(out["properties"] as JsonObject) } as Record<string, unknown>;
  for (const k of hidden) delete kept[k];
  out["properties"] = kept;
  if (Array.isArray(out["required"])) {
    out["required"] = (out["required"] as unknown[]).filter(
      (k) => typeof k !== "string" || !hidden.includes(k),
    );
  }
}

function children(schema: JsonObject): unknown[] {
  const out: unknown[] = [];
  for (const key of SCHEMA_ONES) if (key in schema) out.push(schema[key]);
  for (const key of SCHEMA_LISTS)
    if (Array.isArray(schema[key])) out.push(...(schema[key] as unknown[]));
  for (const key of SCHEMA_MAPS) if (isObject(schema[key])) out.push(...Object.values(schema[key]));
  return out;
}

type Views = (mode: Mode) => (schema: unknown) => unknown;

function pathItem(item: JsonObject, view: Views): JsonObject {
  const out: Record<string, unknown> = { ...item };
  if (Array.isArray(item["parameters"])) {
    out["parameters"] = item["parameters"].map((p) => withSchema(p, view("write")));
  }
  for (const method of HTTP_METHODS) {
    const op = item[method];
    if (!isObject(op)) continue;
    const next: Record<string, unknown> = { ...op };
    if (Array.isArray(op["parameters"])) {
      next["parameters"] = op["parameters"].map((p) => withSchema(p, view("write")));
    }
    if (isObject(op["requestBody"]))
      next["requestBody"] = withContent(op["requestBody"], view("write"));
    if (isObject(op["responses"])) {
      next["responses"] = mapValues(op["responses"], (r) => withContent(r, view("read")));
    }
    out[method] = next;
  }
  return out;
}

function withSchema(node: unknown, view: (s: unknown) => unknown): unknown {
  if (!isObject(node)) return node;
  const out: Record<string, unknown> = { ...node };
  if ("schema" in node) out["schema"] = view(node["schema"]);
  if (isObject(node["content"]))
    out["content"] = mapValues(node["content"], (m) => withSchema(m, view));
  return out;
}

function withContent(node: unknown, view: (s: unknown) => unknown): unknown {
  if (!isObject(node) || !isObject(node["content"])) return node;
  return { ...node, content: mapValues(node["content"], (m) => withSchema(m, view)) };
}

function mapKeys(
  components: JsonObject,
  key: string,
  fn: (value: unknown) => unknown,
): Record<string, unknown> {
  return isObject(components[key]) ? { [key]: mapValues(components[key], fn) } : {};
}

function mapValues(value: JsonObject, fn: (v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: fn(value[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function encode(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
