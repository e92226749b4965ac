/**
 * Copies a normalised (2020-12) schema into the form ajv compiles, and checks it on the way.
 *
 * The copy keeps only validation keywords (assertions and applicators): annotations, examples,
 * `discriminator`, `x-*` extensions, unknown keywords (`min_items`, `optional`, …), `$id`,
 * `$anchor` and `$defs` are dropped. That keeps the generated code small (ajv embeds schema
 * objects that carry an `enum`) and keeps every spec string except patterns, enum/const values,
 * property names and formats out of it. Positions are unchanged, so error `schemaPath`s still
 * point into the spec.
 *
 * Other changes:
 * - `$ref`s are rewritten by the caller (`rewriteRef`) and reported as edges of the ref graph;
 *   only local JSON-pointer refs are supported (the document is bundled before this stage).
 * - `format: binary` on a string → the type also allows objects: in JavaScript a binary value is a
 *   Blob, File, Buffer or Uint8Array, not a string.
 * - Forward compatibility (`relaxed`, response validators only): an `enum` marked
 *   `x-open-enum: true` is dropped, so any value of the enum's type passes (the type comes from
 *   `type`, else from the enum values).
 *
 * Checks (as diagnostics with the JSON pointer of the keyword): unknown formats, patterns that do
 * not compile (an error) or only compile without the `u` flag (a warning; they are compiled
 * without it), keyword values of the wrong kind, refs that do not resolve or are not local,
 * `$dynamicRef` (unsupported) and `$recursiveRef` (draft 2019-09, ignored with a warning).
 */
import type { Diagnostic } from "../../diagnostics.js";
import { joinPointer, refToPointer, resolvePointer } from "./pointer.js";

type SchemaObject = { [keyword: string]: unknown };

export interface WalkContext {
  readonly document: unknown;
  readonly formats: ReadonlyMap<string, unknown>;
  /** The default (no `--strict-formats`): an unknown format is a warning; the type alone is checked. */
  readonly acceptUnknownFormats?: boolean;
  /** Response validators: open `x-open-enum` enums. */
  readonly relaxed: boolean;
  /** Where diagnostics go; undefined to skip checks (second walk of the same schema). */
  readonly diagnostics?: Diagnostic[];
  /** The `$ref` string to write for a target pointer (called once per `$ref`). */
  readonly rewriteRef: (targetPointer: string) => string;
  /** Called with every `$ref` target pointer found. */
  readonly onRef: (targetPointer: string) => void;
  /** Set to true when the schema has an `x-open-enum` enum (outside refs). */
  openEnum: boolean;
  /** Set to true when a pattern needs to be compiled without the `u` flag. */
  legacyPatterns: boolean;
  /** Set to true when the schema uses `unevaluatedProperties`/`unevaluatedItems`. */
  unevaluated: boolean;
  /**
   * Set to true when a property name is also an Object.prototype member (`constructor`,
   * `toString`…): then every property check must use hasOwnProperty (ajv `ownProperties`).
   */
  prototypeKeys: boolean;
}

/** Keywords whose value is one subschema, a map of subschemas, or a list of them (2020-12). */
export const SINGLE = new Set([
  "additionalProperties",
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
]);
export const MAP = new Set(["properties", "patternProperties", "dependentSchemas"]);
export const LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const NUMBER = new Set(["maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"]);
const COUNT = new Set([
  "maxLength",
  "minLength",
  "maxItems",
  "minItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
]);
const JSON_TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** The ajv form of one schema (see the module comment). */
export function copySchema(schema: unknown, pointer: string, cx: WalkContext): unknown {
  if (typeof schema === "boolean") return schema;
  if (!isObject(schema)) {
    report(cx, "schema-violation", pointer, "A schema must be an object or a boolean.");
    return true;
  }
  const out: SchemaObject = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    const at = joinPointer(pointer, key);
    if (SINGLE.has(key)) {
      if (key === "unevaluatedProperties" || key === "unevaluatedItems") cx.unevaluated = true;
      if (key === "items" && Array.isArray(value)) out.prefixItems = copyList(value, at, cx);
      else out[key] = copySchema(value, at, cx);
    } else if (MAP.has(key)) {
      if (!isObject(value)) {
        report(cx, "schema-violation", at, `\`${key}\` must be an object of schemas.`);
        continue;
      }
      const map: SchemaObject = {};
      for (const name of Object.keys(value)) {
        if (key === "patternProperties") checkPattern(name, joinPointer(at, name), cx);
        if (name in Object.prototype) cx.prototypeKeys = true;
        setOwn(map, name, copySchema(value[name], joinPointer(at, name), cx));
      }
      out[key] = map;
    } else if (LIST.has(key)) {
      if (!Array.isArray(value)) {
        report(cx, "schema-violation", at, `\`${key}\` must be an array of schemas.`);
        continue;
      }
      out[key] = copyList(value, at, cx);
    } else if (key === "$ref") {
      const ref = copyRef(value, at, cx);
      if (ref !== undefined) out.$ref = ref;
    } else if (key === "$dynamicRef") {
      report(cx, "unsupported-feature", at, "`$dynamicRef` is not supported by the validators.");
    } else if (key === "$recursiveRef") {
      report(
        cx,
        "unsupported-feature",
        at,
        "`$recursiveRef` (JSON Schema 2019-09) is not a 2020-12 keyword: it is ignored.",
        "warning",
      );
    } else if (key === "type") {
      if (validType(value)) out.type = value;
      else report(cx, "schema-violation", at, `Invalid \`type\`: ${JSON.stringify(value)}.`);
    } else if (key === "enum") {
      if (!Array.isArray(value)) {
        report(cx, "schema-violation", at, "`enum` must be an array.");
        continue;
      }
      if (schema["x-open-enum"] === true) {
        cx.openEnum = true;
        if (cx.relaxed) continue;
      }
      out.enum = value;
    } else if (key === "const") {
      out.const = value;
    } else if (NUMBER.has(key)) {
      // A boolean exclusiveMinimum/Maximum is an unnormalised draft-4 leftover: dropped.
      if (typeof value === "number") out[key] = value;
      else if (typeof value !== "boolean")
        report(cx, "schema-violation", at, `\`${key}\` must be a number.`);
    } else if (key === "multipleOf") {
      if (typeof value === "number" && value > 0) out[key] = value;
      else report(cx, "schema-violation", at, "`multipleOf` must be a number greater than 0.");
    } else if (COUNT.has(key)) {
      if (typeof value === "number" && Number.isInteger(value) && value >= 0) out[key] = value;
      else report(cx, "schema-violation", at, `\`${key}\` must be a non-negative integer.`);
    } else if (key === "uniqueItems") {
      if (typeof value === "boolean") out[key] = value;
      else report(cx, "schema-violation", at, "`uniqueItems` must be a boolean.");
    } else if (key === "required") {
      if (Array.isArray(value) && value.every((name) => typeof name === "string")) {
        if (value.some((name: string) => name in Object.prototype)) cx.prototypeKeys = true;
        out.required = value;
      } else {
        report(cx, "schema-violation", at, "`required` must be an array of property names.");
      }
    } else if (key === "dependentRequired") {
      if (isObject(value) && Object.values(value).every(isStringArray)) out[key] = value;
      else
        report(
          cx,
          "schema-violation",
          at,
          "`dependentRequired` must map names to arrays of names.",
        );
    } else if (key === "pattern") {
      if (typeof value === "string") {
        if (checkPattern(value, at, cx)) out.pattern = value;
      } else {
        report(cx, "schema-violation", at, "`pattern` must be a string.");
      }
    } else if (key === "format") {
      if (typeof value !== "string") {
        report(cx, "schema-violation", at, "`format` must be a string.");
      } else if (!cx.formats.has(value)) {
        if (cx.acceptUnknownFormats) {
          report(
            cx,
            "unknown-format",
            at,
            `Unknown format ${JSON.stringify(value)}: the validators cannot check it. The value is checked by its type alone.`,
            "warning",
            "List the format in a top-level `x-formats` array to declare it accepted unchecked (no warning); --strict-formats makes unknown formats errors.",
          );
        } else {
          report(
            cx,
            "unknown-format",
            at,
            `Unknown format ${JSON.stringify(value)}: the validators cannot check it.`,
            "error",
            `Use a known format, remove \`format\`, list it in a top-level \`x-formats\` array, or run without --strict-formats to accept it, checked by its type alone.`,
          );
        }
      } else {
        out.format = value;
      }
    }
    // Everything else is an annotation, an extension or an unknown keyword: not copied.
  }
  if (out.format === "binary") allowBinaryObjects(out);
  if (cx.relaxed && schema["x-open-enum"] === true && Array.isArray(schema.enum)) {
    const types = typesOf(schema.enum);
    if (out.type === undefined && types.length > 0)
      out.type = types.length === 1 ? types[0] : types;
  }
  return out;
}

function copyList(list: readonly unknown[], pointer: string, cx: WalkContext): unknown[] {
  return list.map((item, index) => copySchema(item, joinPointer(pointer, index), cx));
}

function copyRef(value: unknown, at: string, cx: WalkContext): string | undefined {
  if (typeof value !== "string") {
    report(cx, "schema-violation", at, "`$ref` must be a string.");
    return undefined;
  }
  const target = refToPointer(value);
  if (target === undefined) {
    report(
      cx,
      "unsupported-feature",
      at,
      `Only local JSON-pointer refs are supported by the validators, not ${JSON.stringify(value)}.`,
    );
    return undefined;
  }
  if (resolvePointer(cx.document, target) === undefined) {
    report(cx, "unresolved-ref", at, `${JSON.stringify(value)} does not resolve in the document.`);
    return undefined;
  }
  cx.onRef(target);
  return cx.rewriteRef(target);
}

/** false when the pattern does not compile at all (an error is reported). */
function checkPattern(pattern: string, at: string, cx: WalkContext): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    // Not valid with the u flag: try the legacy syntax.
  }
  try {
    new RegExp(pattern);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    report(cx, "invalid-pattern", at, `${detail}`);
    return false;
  }
  cx.legacyPatterns = true;
  report(
    cx,
    "invalid-pattern",
    at,
    `Pattern ${JSON.stringify(pattern)} is not valid with the \`u\` flag: it is compiled without it.`,
    "warning",
    "Escape only syntax characters (e.g. `:` instead of `\\:`, `\\{` instead of a lone `{`).",
  );
  return true;
}

function allowBinaryObjects(schema: SchemaObject): void {
  const type = schema.type;
  if (type === "string") schema.type = ["string", "object"];
  else if (Array.isArray(type) && type.includes("string") && !type.includes("object")) {
    schema.type = [...type, "object"];
  }
}

function typesOf(values: readonly unknown[]): string[] {
  const types = new Set<string>();
  for (const value of values) {
    if (value === null) types.add("null");
    else if (Array.isArray(value)) types.add("array");
    else if (typeof value === "number") types.add(Number.isInteger(value) ? "integer" : "number");
    else types.add(typeof value);
  }
  if (types.has("number")) types.delete("integer");
  return [...types].filter((type) => JSON_TYPES.has(type)).sort();
}

function validType(value: unknown): boolean {
  if (typeof value === "string") return JSON_TYPES.has(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((type) => typeof type === "string" && JSON_TYPES.has(type))
  );
}

/** `object[key] = value` that also works for a key named `__proto__`. */
export function setOwn(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function report(
  cx: WalkContext,
  code: Diagnostic["code"],
  pointer: string,
  message: string,
  severity: Diagnostic["severity"] = "error",
  hint?: string,
): void {
  if (!cx.diagnostics) return;
  cx.diagnostics.push({ code, severity, message, pointer, ...(hint ? { hint } : {}) });
}
