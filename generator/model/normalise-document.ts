/**
 * Applies `normaliseSchema` to every schema position of an OpenAPI document, so `$ref`s from a
 * normalised schema land on normalised schemas wherever they point.
 */
import { normaliseSchema } from "./normalise-schema.js";
import { isObject, type JsonObject } from "./resolve.js";

type Dialect = "3.0" | "3.1";
type Walker = (node: JsonObject, dialect: Dialect) => JsonObject;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function mapValues(value: unknown, fn: (v: JsonObject) => unknown): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isObject(v) ? fn(v) : v;
  return out;
}

function mapArray(value: unknown, fn: (v: JsonObject) => JsonObject): unknown {
  return Array.isArray(value) ? value.map((v) => (isObject(v) ? fn(v) : v)) : value;
}

function withSchema(node: JsonObject, dialect: Dialect): Record<string, unknown> {
  const out: Record<string, unknown> = { ...node };
  if ("schema" in node) out["schema"] = normaliseSchema(node["schema"], dialect);
  return out;
}

const mediaType: Walker = (node, dialect) => {
  const out = withSchema(node, dialect);
  if (isObject(node["encoding"])) {
    out["encoding"] = mapValues(node["encoding"], (enc) => ({
      ...enc,
      headers: mapValues(enc["headers"], (h) => parameterLike(h, dialect)),
    }));
  }
  return out;
};

const parameterLike: Walker = (node, dialect) => {
  const out = withSchema(node, dialect);
  if ("content" in node) out["content"] = mapValues(node["content"], (m) => mediaType(m, dialect));
  return out;
};

const requestBody: Walker = (node, dialect) =>
  dropUndefined({ ...node, content: mapValues(node["content"], (m) => mediaType(m, dialect)) });

const response: Walker = (node, dialect) =>
  dropUndefined({
    ...node,
    headers: mapValues(node["headers"], (h) => parameterLike(h, dialect)),
    content: mapValues(node["content"], (m) => mediaType(m, dialect)),
  });

const operation: Walker = (node, dialect) =>
  dropUndefined({
    ...node,
    parameters: mapArray(node["parameters"], (p) => parameterLike(p, dialect)),
    requestBody: isObject(node["requestBody"])
      ? requestBody(node["requestBody"], dialect)
      : node["requestBody"],
    responses: mapValues(node["responses"], (r) => response(r, dialect)),
    callbacks: mapValues(node["callbacks"], (cb) => mapValues(cb, (p) => pathItem(p, dialect))),
  });

const pathItem: Walker = (node, dialect) => {
  const out: Record<string, unknown> = { ...node };
  out["parameters"] = mapArray(node["parameters"], (p) => parameterLike(p, dialect));
  for (const method of HTTP_METHODS) {
    const op = node[method];
    if (isObject(op)) out[method] = operation(op, dialect);
  }
  return dropUndefined(out);
};

function dropUndefined(node: Record<string, unknown>): JsonObject {
  for (const key of Object.keys(node)) if (node[key] === undefined) delete node[key];
  return node;
}

function components(node: JsonObject, dialect: Dialect): JsonObject {
  const out: Record<string, unknown> = { ...node };
  if (isObject(node["schemas"])) {
    const schemas: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node["schemas"])) schemas[k] = normaliseSchema(v, dialect);
    out["schemas"] = schemas;
  }
  out["parameters"] = mapValues(node["parameters"], (p) => parameterLike(p, dialect));
  out["headers"] = mapValues(node["headers"], (h) => parameterLike(h, dialect));
  out["requestBodies"] = mapValues(node["requestBodies"], (b) => requestBody(b, dialect));
  out["responses"] = mapValues(node["responses"], (r) => response(r, dialect));
  out["pathItems"] = mapValues(node["pathItems"], (p) => pathItem(p, dialect));
  out["callbacks"] = mapValues(node["callbacks"], (cb) =>
    mapValues(cb, (p) => pathItem(p, dialect)),
  );
  return dropUndefined(out);
}

/** A copy of the document with every schema normalised to JSON Schema 2020-12. */
export function normaliseDocument(document: JsonObject, dialect: Dialect): JsonObject {
  const out: Record<string, unknown> = { ...document };
  out["paths"] = mapValues(document["paths"], (p) => pathItem(p, dialect));
  out["webhooks"] = mapValues(document["webhooks"], (p) => pathItem(p, dialect));
  if (isObject(document["components"]))
    out["components"] = components(document["components"], dialect);
  return dropUndefined(out);
}
