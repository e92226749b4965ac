/**
 * Security requirements of an operation (its own `security`, else the document's), compared as
 * sets of alternatives: the new version is stricter when some way of calling it that used to work
 * (one alternative's schemes and scopes) no longer satisfies any alternative.
 */
import { getAtPointer, isObject } from "../model/resolve.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { inHead, record, type Scope } from "./scope.js";

/** Alternatives, each a set of `scheme` and `scheme:scope` entries; [] means none needed. */
export function requirements(model: ApiModel, op: OperationModel): Set<string>[] {
  const raw = getAtPointer(model.document, op.pointer);
  const own = isObject(raw) ? raw["security"] : undefined;
  const list = Array.isArray(own) ? own : model.document["security"];
  if (!Array.isArray(list) || list.length === 0) return [new Set()];
  return list.filter(isObject).map((alternative) => {
    const entries = new Set<string>();
    for (const [scheme, scopes] of Object.entries(alternative)) {
      entries.add(scheme);
      if (Array.isArray(scopes)) scopes.forEach((s) => entries.add(`${scheme}:${String(s)}`));
    }
    return entries;
  });
}

const satisfies = (credentials: Set<string>, alternative: Set<string>): boolean =>
  [...alternative].every((entry) => credentials.has(entry));

const anonymous = (alternatives: Set<string>[]): boolean => alternatives.some((a) => a.size === 0);

const describe = (alternatives: Set<string>[]): string =>
  alternatives.map((a) => (a.size === 0 ? "none" : [...a].join(" + "))).join(" or ");

export function compareSecurity(scope: Scope, base: OperationModel, head: OperationModel): void {
  const b = requirements(scope.base, base);
  const h = requirements(scope.head, head);
  const at = inHead(`${head.pointer}/security`);
  const text = `security ${describe(b)} → ${describe(h)}`;
  if (anonymous(b) && !anonymous(h)) {
    record(scope, "operation-security-added", at, `credentials are now required: ${text}`);
    return;
  }
  const lost = b.some((credentials) => !h.some((alt) => satisfies(credentials, alt)));
  if (lost) {
    record(scope, "operation-security-stricter", at, text);
    return;
  }
  const gained = h.some((credentials) => !b.some((alt) => satisfies(credentials, alt)));
  if (gained) record(scope, "operation-security-loosened", at, text);
}
