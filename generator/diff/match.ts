/**
 * Pairing the operations of two versions: by operationId first (explicit or derived), then, for
 * those left, by method and path template (parameter names ignored). A pair whose method or path
 * differs is one operation that moved, not one removed and one added.
 */
import { compareStrings } from "../model/common.js";
import type { OperationModel } from "../model/types.js";

export interface OperationMatch {
  readonly pairs: readonly (readonly [base: OperationModel, head: OperationModel])[];
  readonly removed: readonly OperationModel[];
  readonly added: readonly OperationModel[];
}

const template = (op: OperationModel): string =>
  `${op.method} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;

export function matchOperations(
  base: readonly OperationModel[],
  head: readonly OperationModel[],
): OperationMatch {
  const pairs: [OperationModel, OperationModel][] = [];
  const left = new Set(head);
  const unmatched: OperationModel[] = [];
  const byId = new Map(head.map((op) => [op.operationId, op]));
  for (const op of base) {
    const other = byId.get(op.operationId);
    if (other && left.has(other)) {
      pairs.push([op, other]);
      left.delete(other);
    } else unmatched.push(op);
  }
  const removed: OperationModel[] = [];
  for (const op of unmatched) {
    const other = [...left].find((h) => template(h) === template(op));
    if (other) {
      pairs.push([op, other]);
      left.delete(other);
    } else removed.push(op);
  }
  const order = (a: OperationModel, b: OperationModel): number =>
    compareStrings(a.path, b.path) || compareStrings(a.method, b.method);
  pairs.sort((x, y) => order(x[1], y[1]));
  return { pairs, removed: removed.sort(order), added: [...left].sort(order) };
}

export function operationLabel(op: OperationModel): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}
