/**
 * The generated package's public names: the type aliases (`Source`, `CreateSourceParams`, …)
 * read from the generator's own `namedTypes()` output, and the validators named by the model.
 * A name that disappears breaks every consumer that imports it; when its owner (the component
 * schema, the operation) still exists under another name, the change is a rename.
 */
import { namedTypes } from "../emit/types.js";
import type { ApiModel } from "../model/types.js";
import { matchOperations } from "./match.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";

interface Export {
  readonly name: string;
  readonly kind: "type" | "validator";
  /** `schema:<key>` or `operation:<operationId>`. */
  readonly owner: string;
  /** What the name is for its owner: `type`, `params`, `response`, `response validator 200`, … */
  readonly role: string;
  readonly pointer: string;
}

function exportsOf(model: ApiModel): Export[] {
  const candidates: Export[] = [];
  for (const s of model.schemas) {
    const owner = `schema:${s.name}`;
    candidates.push({ name: s.identifier, kind: "type", owner, role: "type", pointer: s.pointer });
    const role = "validator";
    candidates.push({ name: s.validatorName, kind: "validator", owner, role, pointer: s.pointer });
  }
  for (const op of model.operations) {
    const owner = `operation:${op.operationId}`;
    const add = (name: string, kind: Export["kind"], role: string, pointer = op.pointer): void => {
      candidates.push({ name, kind, owner, role, pointer });
    };
    add(`${op.typeName}Params`, "type", "params");
    add(`${op.typeName}Response`, "type", "response");
    if (op.requestValidatorName) add(op.requestValidatorName, "validator", "request validator");
    for (const r of op.responses) {
      if (r.validatorName)
        add(r.validatorName, "validator", `response ${r.status} validator`, r.pointer);
    }
  }
  const typeNames = new Set(
    [
      ...namedTypes(model)
        .join("")
        .matchAll(/^export type (\S+?)\b/gm),
    ].map((m) => m[1]),
  );
  const known = new Set(candidates.map((c) => c.name));
  const extra = [...typeNames].filter((n): n is string => n !== undefined && !known.has(n));
  return [
    ...candidates.filter((c) => c.kind === "validator" || typeNames.has(c.name)),
    ...extra.map((name) => ({
      name,
      kind: "type" as const,
      owner: `type:${name}`,
      role: "type",
      pointer: "",
    })),
  ];
}

/** Base owner → head owner: same schema key, the matched operation, or a schema with the same content. */
function ownerMap(base: ApiModel, head: ApiModel): Map<string, string> {
  const map = new Map<string, string>();
  const headSchemas = new Map(head.schemas.map((s) => [s.name, s]));
  const baseNames = new Set(base.schemas.map((s) => s.name));
  const newSchemas = head.schemas.filter((s) => !baseNames.has(s.name));
  for (const s of base.schemas) {
    if (headSchemas.has(s.name)) map.set(`schema:${s.name}`, `schema:${s.name}`);
    else {
      const text = JSON.stringify(s.schema);
      const twin = newSchemas.find((n) => JSON.stringify(n.schema) === text);
      if (twin) map.set(`schema:${s.name}`, `schema:${twin.name}`);
    }
  }
  for (const [b, h] of matchOperations(base.operations, head.operations).pairs) {
    map.set(`operation:${b.operationId}`, `operation:${h.operationId}`);
  }
  return map;
}

export function comparePublicApi(scope: Scope): void {
  const before = exportsOf(scope.base);
  const after = exportsOf(scope.head);
  const headNames = new Set(after.map((e) => e.name));
  const baseNames = new Set(before.map((e) => e.name));
  const owners = ownerMap(scope.base, scope.head);
  const headOwners = new Set(owners.values());
  for (const e of before.filter((x) => !headNames.has(x.name))) {
    const owner = owners.get(e.owner);
    // The operation is gone: `operation-removed` says so.
    if (owner === undefined && e.owner.startsWith("operation:")) continue;
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
    record(scope, "export-added", inHead(e.pointer), `${e.kind} ${code(e.name)} is newly exported`);
  }
}
