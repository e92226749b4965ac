/**
 * What the runtime needs that standard OpenAPI already says, read from schemas and responses:
 * where a `Date` is sent as unix seconds (`format: unix-time`), where an error body keeps its
 * message, code and parameter, and which response header carries the request id.
 */
import { compareStrings } from "./common.js";
import { getAtPointer, isObject, resolveRef, type JsonObject } from "./resolve.js";
import type { ErrorMapModel, OperationModel } from "./types.js";

const MAX_DEPTH = 16;

/** Dotted paths (from `prefix`) whose schema says `format: unix-time`; `*` for items and map values. */
export function unixTimePaths(
  document: JsonObject,
  schema: unknown,
  prefix: readonly string[],
): string[] {
  const out = new Set<string>();
  const walk = (node: unknown, path: readonly string[], seen: ReadonlySet<string>): void => {
    if (path.length > MAX_DEPTH) return;
    const ref = isObject(node) && typeof node["$ref"] === "string" ? node["$ref"] : undefined;
    if (ref !== undefined && seen.has(ref)) return;
    const next = ref === undefined ? seen : new Set([...seen, ref]);
    const s = resolveRef(document, node, "").value;
    if (!isObject(s)) return;
    if (s["format"] === "unix-time" && path.length > 0) out.add(path.join("."));
    if (isObject(s["properties"])) {
      for (const [key, child] of Object.entries(s["properties"])) walk(child, [...path, key], next);
    }
    if (s["items"] !== undefined) walk(s["items"], [...path, "*"], next);
    if (isObject(s["additionalProperties"])) walk(s["additionalProperties"], [...path, "*"], next);
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      const list = s[key];
      if (Array.isArray(list)) for (const sub of list) walk(sub, path, next);
    }
  };
  walk(schema, prefix, new Set());
  return [...out].sort(compareStrings);
}

const ERROR_STATUS = /^([45]\d\d|[45]XX|default)$/i;

function propertiesOf(document: JsonObject, schema: unknown): JsonObject {
  const s = resolveRef(document, schema, "").value;
  return isObject(s) && isObject(s["properties"]) ? s["properties"] : {};
}

type ErrorFields = Partial<Pick<ErrorMapModel, "messageField" | "codeField" | "paramField">>;

/** `message`, `code` and `param` of the first documented error body, at its top level or one level down. */
export function errorFields(
  document: JsonObject,
  operations: readonly OperationModel[],
): ErrorFields {
  for (const op of operations) {
    for (const response of op.responses) {
      if (!ERROR_STATUS.test(response.status) || response.schema === undefined) continue;
      const top = propertiesOf(document, response.schema);
      const find = (name: string): string | undefined => {
        if (name in top) return name;
        const holder = Object.keys(top).find((key) => name in propertiesOf(document, top[key]));
        return holder === undefined ? undefined : `${holder}.${name}`;
      };
      const message = find("message");
      if (message === undefined) continue;
      const code = find("code");
      const param = find("param");
      return {
        messageField: message,
        ...(code ? { codeField: code } : {}),
        ...(param ? { paramField: param } : {}),
      };
    }
  }
  return {};
}

/** The first response header named `Request-Id` or `X-Request-Id` (any case) the spec declares. */
export function declaredRequestIdHeader(
  document: JsonObject,
  operations: readonly OperationModel[],
): string | undefined {
  for (const op of operations) {
    for (const response of op.responses) {
      const r = getAtPointer(document, response.pointer);
      const headers = isObject(r) && isObject(r["headers"]) ? r["headers"] : {};
      const name = Object.keys(headers).find((h) => /^(x-)?request-id$/i.test(h));
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** The TypeScript type of a dotted path in the first documented error body that has it. */
export function errorFieldType(
  document: JsonObject,
  operations: readonly OperationModel[],
  path: string,
): string {
  for (const op of operations) {
    for (const response of op.responses) {
      if (!ERROR_STATUS.test(response.status) || response.schema === undefined) continue;
      let node: unknown = response.schema;
      for (const key of path.split(".")) node = propertiesOf(document, node)[key];
      const s = resolveRef(document, node, "").value;
      if (!isObject(s)) continue;
      const types = Array.isArray(s["type"]) ? s["type"] : [s["type"]];
      const main = types.filter((t) => t !== "null");
      if (main.length !== 1) return "unknown";
      const type = main[0] === "integer" ? "number" : main[0];
      return type === "string" || type === "number" || type === "boolean" ? type : "unknown";
    }
  }
  return "unknown";
}
