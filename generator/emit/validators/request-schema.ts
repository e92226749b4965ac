/**
 * What a request validator checks: the method's `params` (model/params-schema.ts), the same
 * schema `<Operation>Params` is printed from. readOnly properties are already out of it (the
 * document's write view, model/read-write.ts).
 */
import { paramsSchema, type PartSchema } from "../../model/params-schema.js";
import type { OperationModel } from "../../model/types.js";

export function requestSchema(op: OperationModel, copy: PartSchema): unknown {
  return paramsSchema(op, copy);
}

/** The type the request validator narrows to. */
export function requestTypeName(op: OperationModel): string {
  return `${op.typeName}Params`;
}
