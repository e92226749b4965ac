/**
 * Keyword rules of the schema comparison: type, null, enum, bounds, pattern, format, docs.
 * Each compares one aspect of a pair and records what changed, by direction.
 */
import type { JsonObject } from "../../model/resolve.js";
import type { ChangeCode } from "../changes.js";
import { code, inBase, inHead, record } from "../scope.js";
import { enumOf, isOpenEnum, typesOf } from "./view.js";
import { subject, type Pair, type Walk } from "./walk.js";

const at = (pointer: string, keyword: string): string => `${pointer}/${keyword}`;

function admits(types: ReadonlySet<string> | undefined, type: string): boolean {
  if (!types) return true;
  return types.has(type) || (type === "integer" && types.has("number"));
}

const list = (types: ReadonlySet<string> | undefined): string =>
  types ? [...types].join(" | ") || "nothing" : "any type";

/** Returns false when the types have nothing in common (comparing deeper would only add noise). */
export function compareTypes(w: Walk, pair: Pair): boolean {
  const b = typesOf(w.scope.base.normalisedDocument, pair.base.node);
  const h = typesOf(w.scope.head.normalisedDocument, pair.head.node);
  const lost = b ? [...b].filter((t) => !admits(h, t)) : [];
  const gained = h ? [...h].filter((t) => !admits(b, t)) : [];
  const narrowed = b === undefined && h !== undefined;
  const widened = b !== undefined && h === undefined;
  const message = `${subject(pair)}: type ${list(b)} → ${list(h)}`;
  const where = inHead(at(pair.head.pointer, "type"));
  if (w.direction === "request") {
    if (lost.length > 0 || narrowed) record(w.scope, "request-type-changed", where, message);
    else if (gained.length > 0 || widened) record(w.scope, "request-type-widened", where, message);
  } else if (gained.length > 0 || widened) {
    record(w.scope, "response-type-changed", where, message);
  } else if (lost.length > 0 || narrowed) {
    record(w.scope, "response-type-narrowed", where, message);
  }
  return !b || !h || [...h].some((t) => admits(b, t)) || [...b].some((t) => admits(h, t));
}

export function compareNullable(w: Walk, pair: Pair): void {
  const { base, head } = pair;
  if (base.nullable === head.nullable) return;
  const request = w.direction === "request";
  if (head.nullable) {
    const c: ChangeCode = request ? "request-nullable-added" : "response-nullable-added";
    record(w.scope, c, inHead(head.pointer), `${subject(pair)} may now be null`);
  } else {
    const c: ChangeCode = request ? "request-nullable-removed" : "response-nullable-removed";
    record(w.scope, c, inHead(head.pointer), `${subject(pair)} may no longer be null`);
  }
}

const quoted = (values: readonly string[]): string => values.join(", ");

export function compareEnums(w: Walk, pair: Pair): void {
  const b = enumOf(pair.base.node);
  const h = enumOf(pair.head.node);
  if (!b && !h) return;
  const request = w.direction === "request";
  const headAt = inHead(at(pair.head.pointer, "enum"));
  if (!b || !h) {
    if (!b && isOpenEnum(pair.head.node) && !request) return;
    if (b && isOpenEnum(pair.base.node) && !request) return;
    const added = !b;
    const c: ChangeCode = request
      ? added
        ? "request-enum-added"
        : "request-enum-removed"
      : added
        ? "response-enum-added"
        : "response-enum-removed";
    const text = added ? `is now one of ${quoted(h ?? [])}` : "is no longer restricted to an enum";
    record(w.scope, c, added ? headAt : inHead(pair.head.pointer), `${subject(pair)} ${text}`);
    return;
  }
  compareOpenness(w, pair);
  const removed = b.filter((v) => !h.includes(v));
  const added = h.filter((v) => !b.includes(v));
  if (removed.length > 0) {
    const c: ChangeCode = request ? "request-enum-value-removed" : "response-enum-value-removed";
    const text = `${subject(pair)}: ${removed.length === 1 ? "value" : "values"} ${quoted(removed)} removed`;
    record(w.scope, c, inBase(at(pair.base.pointer, "enum")), text);
  }
  if (added.length > 0) {
    const open = isOpenEnum(pair.head.node);
    const c: ChangeCode = request
      ? "request-enum-value-added"
      : open
        ? "response-open-enum-value-added"
        : "response-enum-value-added";
    const hint =
      !request && !open
        ? " (the enum is closed: code that switches over its values breaks; mark it `x-open-enum: true` if clients should expect new values)"
        : "";
    const text = `${subject(pair)}: ${added.length === 1 ? "value" : "values"} ${quoted(added)} added${hint}`;
    record(w.scope, c, headAt, text);
  }
}

function compareOpenness(w: Walk, pair: Pair): void {
  const b = isOpenEnum(pair.base.node);
  const h = isOpenEnum(pair.head.node);
  if (b === h) return;
  const request = w.direction === "request";
  const c: ChangeCode = h
    ? request
      ? "request-enum-opened"
      : "response-enum-opened"
    : request
      ? "request-enum-closed"
      : "response-enum-closed";
  const text = h
    ? `${subject(pair)} is now an open enum (x-open-enum): its type admits values not listed`
    : `${subject(pair)} is no longer an open enum (x-open-enum removed)`;
  record(w.scope, c, inHead(pair.head.pointer), text);
}

const UPPER = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const LOWER = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];

const num = (node: JsonObject, key: string): number | undefined =>
  typeof node[key] === "number" ? (node[key] as number) : undefined;

/** -1 looser, 0 same, 1 tighter (for the values the schema accepts). */
function tightening(key: string, b: number | undefined, h: number | undefined): -1 | 0 | 1 {
  if (b === h) return 0;
  if (b === undefined) return 1;
  if (h === undefined) return -1;
  if (key === "multipleOf") return b % h === 0 ? -1 : 1;
  return UPPER.includes(key) === h < b ? 1 : -1;
}

const show = (v: unknown): string => (v === undefined ? "none" : JSON.stringify(v));

export function compareBounds(w: Walk, pair: Pair): void {
  const bn = pair.base.node;
  const hn = pair.head.node;
  for (const key of [...LOWER, ...UPPER, "multipleOf"]) {
    const b = num(bn, key);
    const h = num(hn, key);
    const t = tightening(key, b, h);
    if (t === 0) continue;
    const text = `${subject(pair)}: ${code(key)} ${show(b)} → ${show(h)}`;
    const where =
      h === undefined ? inBase(at(pair.base.pointer, key)) : inHead(at(pair.head.pointer, key));
    const c: ChangeCode =
      w.direction === "response"
        ? "response-bound-changed"
        : t > 0
          ? "request-bound-tightened"
          : "request-bound-loosened";
    record(w.scope, c, where, text);
  }
  compareString(w, pair, "pattern");
  compareString(w, pair, "format");
}

function compareString(w: Walk, pair: Pair, key: "pattern" | "format"): void {
  const b = pair.base.node[key];
  const h = pair.head.node[key];
  if (b === h) return;
  const text = `${subject(pair)}: ${code(key)} ${show(b)} → ${show(h)}`;
  const where =
    h === undefined ? inBase(at(pair.base.pointer, key)) : inHead(at(pair.head.pointer, key));
  const kind = b === undefined ? "added" : h === undefined ? "removed" : "changed";
  record(w.scope, stringCode(w.direction, key, kind), where, text);
}

function stringCode(
  direction: Walk["direction"],
  key: "pattern" | "format",
  kind: "added" | "removed" | "changed",
): ChangeCode {
  if (direction === "response") {
    if (key === "pattern") return "response-bound-changed";
    return kind === "added" ? "response-format-added" : "response-format-changed";
  }
  if (key === "format")
    return kind === "removed" ? "request-format-removed" : "request-format-changed";
  return kind === "added"
    ? "request-pattern-added"
    : kind === "removed"
      ? "request-pattern-removed"
      : "request-pattern-changed";
}

/** Description/title edits (info) and new deprecations. */
export function compareDocs(w: Walk, pair: Pair): void {
  const bn = pair.base.node;
  const hn = pair.head.node;
  for (const key of ["description", "title"]) {
    if (bn[key] === hn[key]) continue;
    const where =
      hn[key] === undefined
        ? inBase(at(pair.base.pointer, key))
        : inHead(at(pair.head.pointer, key));
    record(w.scope, "description-changed", where, `${subject(pair)}: ${key} changed`);
  }
  if (hn["deprecated"] === true && bn["deprecated"] !== true) {
    record(
      w.scope,
      "deprecated",
      inHead(at(pair.head.pointer, "deprecated")),
      `${subject(pair)} is deprecated`,
    );
  }
}
