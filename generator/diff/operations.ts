/** Operation-level rules: removed/added, method, path, path-parameter order, client method, security. */
import type { OperationModel } from "../model/types.js";
import { matchOperations, operationLabel } from "./match.js";
import { compareParameters } from "./parameters.js";
import { compareRequestBody } from "./request-body.js";
import { compareResponses } from "./responses.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";
import { compareSecurity } from "./security.js";

const template = (path: string): string => path.replace(/\{[^}]*\}/g, "{}");

const clientMethod = (op: OperationModel): string => `${op.group}.${op.methodName}`;

export function compareOperations(scope: Scope): void {
  const match = matchOperations(scope.base.operations, scope.head.operations);
  for (const op of match.removed) {
    const inside: Scope = { ...scope, operation: operationLabel(op) };
    const text = `${operationLabel(op)} (client.${clientMethod(op)}) was removed`;
    record(inside, "operation-removed", inBase(op.pointer), text);
  }
  for (const op of match.added) {
    const inside: Scope = { ...scope, operation: operationLabel(op) };
    const text = `${operationLabel(op)} (client.${clientMethod(op)}) was added`;
    record(inside, "operation-added", inHead(op.pointer), text);
  }
  for (const [base, head] of match.pairs) {
    compareOperation({ ...scope, operation: operationLabel(head) }, base, head);
  }
}

function compareOperation(scope: Scope, base: OperationModel, head: OperationModel): void {
  const at = inHead(head.pointer);
  if (base.method !== head.method) {
    const text = `method ${base.method.toUpperCase()} → ${head.method.toUpperCase()}`;
    record(scope, "operation-method-changed", at, text);
  }
  if (base.path !== head.path) {
    const renamedOnly = template(base.path) === template(head.path);
    const note = renamedOnly
      ? " (only parameter names: calls are unaffected, the `paths` type key changes)"
      : "";
    record(
      scope,
      "operation-path-changed",
      at,
      `path ${code(base.path)} → ${code(head.path)}${note}`,
    );
  }
  comparePathParameterOrder(scope, base, head);
  if (clientMethod(base) !== clientMethod(head)) {
    const text = `client.${clientMethod(base)} is now client.${clientMethod(head)}`;
    record(scope, "operation-client-method-changed", at, text);
  }
  compareSecurity(scope, base, head);
  compareOperationDocs(scope, base, head);
  compareParameters(scope, base, head);
  compareRequestBody(scope, base, head);
  compareResponses(scope, base, head);
}

/** The generated method takes path parameters positionally: a new order swaps arguments silently. */
function comparePathParameterOrder(scope: Scope, base: OperationModel, head: OperationModel): void {
  const b = base.pathParams.map((p) => p.name);
  const h = head.pathParams.map((p) => p.name);
  const sameSet = b.length === h.length && b.every((n) => h.includes(n));
  if (!sameSet || b.every((n, i) => h[i] === n)) return;
  const text = `path parameters (${b.join(", ")}) → (${h.join(", ")}): the generated method takes them in this order`;
  record(scope, "operation-path-parameter-order-changed", inHead(head.pointer), text);
}

function compareOperationDocs(scope: Scope, base: OperationModel, head: OperationModel): void {
  for (const key of ["summary", "description"] as const) {
    if (base[key] === head[key]) continue;
    const at =
      head[key] === undefined ? inBase(`${base.pointer}/${key}`) : inHead(`${head.pointer}/${key}`);
    record(scope, "description-changed", at, `${key} changed`);
  }
  if (!base.deprecated && head.deprecated) {
    record(
      scope,
      "operation-deprecated",
      inHead(`${head.pointer}/deprecated`),
      "the operation is deprecated",
    );
  }
}
