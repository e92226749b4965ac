/**
 * The generated package's public names, listed from the model with the generator's own naming
 * code (never by scanning emitted text): each component schema's type and validator, each named
 * enum (a type and an `as const` array, enums.js), each method's params type
 * (`CreateSourceParams`), result type (`CreateSourceResponse`), request and response validators,
 * and the method itself (`sources.create`). A name that disappears breaks every consumer that
 * imports it; when its owner (the component schema, the enum, the operation) still exists under
 * another name, the change is a rename.
 */
import { paramsTypeName, resultType } from "../emit/operation-types.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { enumPlaces, enumSuccessor, schemaPrefix } from "./enum-places.js";
import { matchOperations } from "./match.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";

interface Export {
  readonly name: string;
  readonly kind: "type" | "enum" | "validator" | "method";
  /** `schema:<key>`, `enum:<first pointer>` or `operation:<operationId>`. */
  readonly owner: string;
  /** What the name is for its owner: `type`, `params`, `response`, `response validator 200`, … */
  readonly role: string;
  readonly pointer: string;
}

/** Every name the package exports for `model`. */
function exportsOf(model: ApiModel): Export[] {
  const out: Export[] = [];
  for (const s of model.schemas) {
    const owner = `schema:${s.name}`;
    out.push({ name: s.identifier, kind: "type", owner, role: "type", pointer: s.pointer });
    const role = "validator";
    out.push({ name: s.validatorName, kind: "validator", owner, role, pointer: s.pointer });
  }
  for (const e of model.enums) {
    const pointer = e.pointers[0] ?? "";
    out.push({ name: e.identifier, kind: "enum", owner: `enum:${pointer}`, role: "enum", pointer });
  }
  for (const op of model.operations) out.push(...operationExports(model, op));
  return out;
}

function operationExports(model: ApiModel, op: OperationModel): Export[] {
  const out: Export[] = [];
  const owner = `operation:${op.operationId}`;
  const add = (name: string, kind: Export["kind"], role: string, pointer = op.pointer): void => {
    out.push({ name, kind, owner, role, pointer });
  };
  add(`${op.group}.${op.methodName}`, "method", "method");
  add(paramsTypeName(op), "type", "params");
  // `<Op>Response`: declared for an inline success body, an alias of the component type otherwise.
  if (resultType(model, op).body !== undefined) add(`${op.typeName}Response`, "type", "response");
  if (op.requestValidatorName) add(op.requestValidatorName, "validator", "request validator");
  for (const r of op.responses) {
    if (r.validatorName)
      add(r.validatorName, "validator", `response ${r.status} validator`, r.pointer);
  }
  return out;
}

/**
 * Base owner → head owner: same schema key, or a new schema with the same content; an enum at
 * one of the same places; the matched operation.
 */
function ownerMap(base: ApiModel, head: ApiModel): Map<string, string> {
  const map = new Map<string, string>();
  const moves = new Map<string, string>();
  const headSchemas = new Map(head.schemas.map((s) => [s.name, s]));
  const baseNames = new Set(base.schemas.map((s) => s.name));
  const newSchemas = head.schemas.filter((s) => !baseNames.has(s.name));
  for (const s of base.schemas) {
    if (headSchemas.has(s.name)) map.set(`schema:${s.name}`, `schema:${s.name}`);
    else {
      const text = JSON.stringify(s.schema);
      const twin = newSchemas.find((n) => JSON.stringify(n.schema) === text);
      if (twin) map.set(`schema:${s.name}`, `schema:${twin.name}`);
      if (twin) moves.set(schemaPrefix(s.name), schemaPrefix(twin.name));
    }
  }
  for (const [b, h] of matchOperations(base.operations, head.operations).pairs) {
    map.set(`operation:${b.operationId}`, `operation:${h.operationId}`);
    if (b.pointer !== h.pointer) moves.set(b.pointer, h.pointer);
  }
  // Only a name that went can be renamed, and only to a name that is new.
  const headEnums = new Set(head.enums.map((e) => e.identifier));
  const baseEnums = new Set(base.enums.map((e) => e.identifier));
  const places = enumPlaces(
    head.enums.filter((e) => !baseEnums.has(e.identifier)),
    head,
  );
  for (const e of base.enums.filter((x) => !headEnums.has(x.identifier))) {
    const twin = enumSuccessor(e, base, head, moves, places);
    if (twin) map.set(`enum:${e.pointers[0] ?? ""}`, `enum:${twin.pointers[0] ?? ""}`);
  }
  return map;
}

/** The pointers of `from`'s operations the other version lacks (`operation-removed`/`-added`). */
function unmatched(from: ApiModel, other: ApiModel, side: 0 | 1): string[] {
  const [b, h] = side === 0 ? [from, other] : [other, from];
  const pairs = matchOperations(b.operations, h.operations).pairs;
  const kept = new Set(pairs.map((pair) => pair[side]));
  return from.operations.filter((op) => !kept.has(op)).map((op) => op.pointer);
}

export function comparePublicApi(scope: Scope): void {
  const before = exportsOf(scope.base);
  const after = exportsOf(scope.head);
  const headNames = new Set(after.map((e) => e.name));
  const baseNames = new Set(before.map((e) => e.name));
  const owners = ownerMap(scope.base, scope.head);
  const headOwners = new Set(owners.values());
  const gone = unmatched(scope.base, scope.head, 0);
  const added = unmatched(scope.head, scope.base, 1);
  for (const e of before.filter((x) => !headNames.has(x.name))) {
    // Methods are judged by operations.ts (`operation-client-method-changed`, `-removed`).
    if (e.kind === "method") continue;
    const owner = owners.get(e.owner);
    // The operation is gone, and with it what it owned: `operation-removed` says so.
    if (owner === undefined && e.owner.startsWith("operation:")) continue;
    if (owner === undefined && gone.some((p) => e.pointer.startsWith(`${p}/`))) continue;
    const successor = after.find((x) => x.owner === owner && x.role === e.role);
    if (successor) {
      const text = `${e.kind} ${code(e.name)} is now exported as ${code(successor.name)}`;
      record(scope, "export-renamed", inHead(successor.pointer), text);
    } else {
      record(
        scope,
        "export-removed",
        inBase(e.pointer),
        `${e.kind} ${code(e.name)} is no longer exported`,
      );
    }
  }
  for (const e of after.filter((x) => !baseNames.has(x.name))) {
    // New operations (`operation-added`) and renames (reported above) are not new exports.
    if (e.owner.startsWith("operation:") || headOwners.has(e.owner)) continue;
    if (added.some((p) => e.pointer.startsWith(`${p}/`))) continue;
    record(scope, "export-added", inHead(e.pointer), `${e.kind} ${code(e.name)} is newly exported`);
  }
}
