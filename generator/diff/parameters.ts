/** Parameters of one operation (path, query, header, cookie), matched by location and name. */
import type { OperationModel, ParameterModel } from "../model/types.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";
import { compareSchemas } from "./schema/compare.js";

const all = (op: OperationModel): ParameterModel[] => [
  ...op.pathParams,
  ...op.queryParams,
  ...op.headerParams,
  ...op.cookieParams,
];

/** Header names are case-insensitive (`Idempotency-Key` is `idempotency-key`). */
const key = (p: ParameterModel): string =>
  `${p.in}\u0000${p.in === "header" ? p.name.toLowerCase() : p.name}`;
const label = (p: ParameterModel): string => `${p.in} parameter ${code(p.name)}`;

export function compareParameters(scope: Scope, base: OperationModel, head: OperationModel): void {
  const before = new Map(all(base).map((p) => [key(p), p]));
  const after = new Map(all(head).map((p) => [key(p), p]));
  for (const [k, p] of before) {
    // A renamed path parameter is a path change (reported with the operation), not a removal.
    if (!after.has(k) && p.in !== "path") {
      record(scope, "request-parameter-removed", inBase(p.pointer), `${label(p)} was removed`);
    }
  }
  for (const [k, p] of after) {
    const old = before.get(k);
    if (old) compareParameter(scope, old, p);
    else if (p.in !== "path") {
      const c = p.required ? "request-parameter-added-required" : "request-parameter-added";
      const kind = p.required ? "required" : "optional";
      record(scope, c, inHead(p.pointer), `${label(p)} was added (${kind})`);
    }
  }
}

function compareParameter(scope: Scope, base: ParameterModel, head: ParameterModel): void {
  const at = inHead(head.pointer);
  if (!base.required && head.required) {
    record(scope, "request-parameter-required", at, `${label(head)} is now required`);
  } else if (base.required && !head.required) {
    record(scope, "request-parameter-optional", at, `${label(head)} is now optional`);
  }
  if (base.style !== head.style || base.explode !== head.explode) {
    const text = `${label(head)}: style ${base.style}, explode ${base.explode} → style ${head.style}, explode ${head.explode}`;
    record(scope, "request-parameter-serialisation-changed", at, text);
  }
  if (base.clientOption !== head.clientOption) {
    const show = (o: string | undefined): string => (o ? `option ${code(o)}` : "`params`");
    const text = `${label(head)} is now passed as ${show(head.clientOption)} (was ${show(base.clientOption)})`;
    record(scope, "request-parameter-client-option-changed", at, text);
  }
  if (base.description !== head.description) {
    record(scope, "description-changed", at, `${label(head)}: description changed`);
  }
  if (!base.deprecated && head.deprecated) {
    record(scope, "deprecated", at, `${label(head)} is deprecated`);
  }
  compareSchemas(
    scope,
    { schema: base.schema, pointer: `${base.pointer}/schema` },
    { schema: head.schema, pointer: `${head.pointer}/schema` },
    { direction: "request", where: label(head) },
  );
}
