/**
 * compareSchemas(): two normalised schemas, compared as a client sees them in one direction.
 * `$ref` layout does not count: both sides are resolved before comparing, and recursive schemas
 * are compared once per pair of pointers.
 */
import { isObject } from "../../model/resolve.js";
import type { ChangeCode } from "../changes.js";
import { code, inBase, inHead, record, type Scope } from "../scope.js";
import {
  compareBounds,
  compareDocs,
  compareEnums,
  compareNullable,
  compareTypes,
} from "./keywords.js";
import { propertiesOf, viewOf, type PropertyView, type SchemaView } from "./view.js";
import { childPath, subject, type Direction, type Pair, type Walk } from "./walk.js";

export interface SchemaSite {
  readonly schema: unknown;
  readonly pointer: string;
}

export interface CompareSchemasOptions {
  readonly direction: Direction;
  /** For messages: `the request body`, `response 200`, `query parameter \`limit\``. */
  readonly where: string;
}

export function compareSchemas(
  scope: Scope,
  base: SchemaSite,
  head: SchemaSite,
  options: CompareSchemasOptions,
): void {
  const w: Walk = { scope, direction: options.direction, visited: new Set() };
  compareAt(w, base, head, options.where, "");
}

function compareAt(w: Walk, base: SchemaSite, head: SchemaSite, where: string, path: string): void {
  const b = viewOf(w.scope.base.normalisedDocument, base.schema, base.pointer);
  const h = viewOf(w.scope.head.normalisedDocument, head.schema, head.pointer);
  const key = `${b.pointer}\u0000${h.pointer}`;
  if (w.visited.has(key)) return;
  w.visited.add(key);
  const pair: Pair = { base: b, head: h, where, path };
  compareDocs(w, pair);
  compareNullable(w, pair);
  if (!compareTypes(w, pair)) return;
  compareEnums(w, pair);
  compareBounds(w, pair);
  compareProperties(w, pair);
  compareAdditional(w, pair);
  compareItems(w, pair);
  for (const keyword of ["oneOf", "anyOf"] as const) compareVariants(w, pair, keyword);
}

function compareProperties(w: Walk, pair: Pair): void {
  const b = visible(w, propertiesOf(w.scope.base.normalisedDocument, pair.base));
  const h = visible(w, propertiesOf(w.scope.head.normalisedDocument, pair.head));
  if (b.size === 0 && h.size === 0) return;
  const request = w.direction === "request";
  for (const [name, prop] of b) {
    if (h.has(name)) continue;
    const c: ChangeCode = request ? "request-property-removed" : "response-property-removed";
    record(w.scope, c, inBase(prop.pointer), `${subject(child(pair, name))} was removed`);
  }
  for (const [name, prop] of h) {
    const before = b.get(name);
    const label = subject(child(pair, name));
    if (!before) {
      const c: ChangeCode = !request
        ? "response-property-added"
        : prop.required
          ? "request-property-added-required"
          : "request-property-added";
      const kind = prop.required ? "required" : "optional";
      record(w.scope, c, inHead(prop.pointer), `${label} was added (${kind})`);
      continue;
    }
    compareRequired(w, before, prop, label);
    compareAt(w, before, prop, pair.where, childPath(pair.path, name));
  }
}

/** Properties a client sees in this direction: readOnly ones are not sent, writeOnly ones not read. */
function visible(
  w: Walk,
  properties: ReadonlyMap<string, PropertyView> | undefined,
): ReadonlyMap<string, PropertyView> {
  if (!properties) return new Map();
  const hidden = w.direction === "request" ? "readOnly" : "writeOnly";
  return new Map(
    [...properties].filter(([, p]) => !(isObject(p.schema) && p.schema[hidden] === true)),
  );
}

function compareRequired(w: Walk, before: PropertyView, after: PropertyView, label: string): void {
  if (before.required === after.required) return;
  const request = w.direction === "request";
  const c: ChangeCode = after.required
    ? request
      ? "request-property-required"
      : "response-property-required"
    : request
      ? "request-property-optional"
      : "response-property-optional";
  record(
    w.scope,
    c,
    inHead(after.pointer),
    `${label} is now ${after.required ? "required" : "optional"}`,
  );
}

function child(pair: Pair, name: string): Pick<Pair, "where" | "path"> {
  return { where: pair.where, path: childPath(pair.path, name) };
}

function compareAdditional(w: Walk, pair: Pair): void {
  const b = pair.base.node["additionalProperties"];
  const h = pair.head.node["additionalProperties"];
  const at = (view: SchemaView): string => `${view.pointer}/additionalProperties`;
  if (w.direction === "request" && b !== false && h === false) {
    const text = `${subject(pair)} no longer accepts properties it does not list`;
    record(w.scope, "request-additional-properties-closed", inHead(at(pair.head)), text);
  } else if (w.direction === "response" && b === false && h !== undefined && h !== false) {
    const text = `${subject(pair)} may now hold properties it does not list`;
    record(w.scope, "response-additional-properties-opened", inHead(at(pair.head)), text);
  }
  if (isObject(b) && isObject(h)) {
    const site = (schema: unknown, view: SchemaView): SchemaSite => ({ schema, pointer: at(view) });
    compareAt(w, site(b, pair.base), site(h, pair.head), pair.where, childPath(pair.path, "[*]"));
  }
}

function compareItems(w: Walk, pair: Pair): void {
  const b = pair.base.node["items"];
  const h = pair.head.node["items"];
  if (!isObject(b) || !isObject(h)) return;
  const site = (schema: unknown, view: SchemaView): SchemaSite => ({
    schema,
    pointer: `${view.pointer}/items`,
  });
  compareAt(w, site(b, pair.base), site(h, pair.head), pair.where, childPath(pair.path, "[]"));
}

interface Branch {
  readonly key: string;
  readonly site: SchemaSite;
}

/** Alternatives keyed by their `$ref` target, or by their position among inline ones. */
function branches(view: SchemaView, keyword: "oneOf" | "anyOf"): Branch[] {
  const list = view.node[keyword];
  if (!Array.isArray(list)) return [];
  let inline = 0;
  return list.map((schema, index) => {
    const ref = isObject(schema) && typeof schema["$ref"] === "string" ? schema["$ref"] : undefined;
    return {
      key: ref ?? `#${inline++}`,
      site: { schema, pointer: `${view.pointer}/${keyword}/${index}` },
    };
  });
}

function compareVariants(w: Walk, pair: Pair, keyword: "oneOf" | "anyOf"): void {
  const b = branches(pair.base, keyword);
  const h = branches(pair.head, keyword);
  const request = w.direction === "request";
  const name = (branch: Branch): string =>
    branch.key.startsWith("#/")
      ? code(branch.key.split("/").pop() ?? branch.key)
      : "an inline schema";
  for (const branch of b) {
    const match = h.find((x) => x.key === branch.key);
    if (match) {
      compareAt(w, branch.site, match.site, pair.where, pair.path);
      continue;
    }
    const c: ChangeCode = request ? "request-variant-removed" : "response-variant-removed";
    const text = `${subject(pair)}: ${keyword} alternative ${name(branch)} removed`;
    record(w.scope, c, inBase(branch.site.pointer), text);
  }
  for (const branch of h) {
    if (b.some((x) => x.key === branch.key)) continue;
    const c: ChangeCode = request ? "request-variant-added" : "response-variant-added";
    const text = `${subject(pair)}: ${keyword} alternative ${name(branch)} added`;
    record(w.scope, c, inHead(branch.site.pointer), text);
  }
}
