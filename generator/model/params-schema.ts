/**
 * The schema of a method's `params` argument: query parameters, header parameters (those without
 * `x-client-option`) and the body's properties side by side, or the body under `body` when it is
 * not an object. The types (`CreateSourceParams`) and the request validators are both printed from
 * it, so they cannot disagree.
 */
import type { JsonSchema, OperationModel, ParameterModel } from "./types.js";
import { joinPointer } from "./resolve.js";

/** Where a part comes from: its schema in the model and its pointer in the document. */
export type PartSchema = (schema: JsonSchema, pointer: string) => unknown;

/** Parameters that travel in `params`: query, header (without `x-client-option`) and cookie. */
export function paramsParameters(op: OperationModel): ParameterModel[] {
  return [
    ...op.queryParams,
    ...op.headerParams.filter((p) => p.clientOption === undefined),
    ...op.cookieParams,
  ];
}

/** True when the operation has something for `params` (a parameter or a body). */
export function hasParams(op: OperationModel): boolean {
  return op.requestBody !== undefined || paramsParameters(op).length > 0;
}

/** The pointer of the body schema the client sends. */
export function bodySchemaPointer(op: OperationModel): string | undefined {
  const body = op.requestBody;
  return body && joinPointer(body.pointer, "content", body.mediaType, "schema");
}

/**
 * The params schema. A method whose operation has no parameter and no body still takes an
 * (empty) `params`, so adding an optional parameter later changes no call.
 */
export function paramsSchema(op: OperationModel, part: PartSchema): unknown {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const param of paramsParameters(op)) {
    const schema = part(param.schema, joinPointer(param.pointer, "schema"));
    Object.defineProperty(properties, param.key, {
      value: withDescription(schema, param),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (param.required) required.push(param.key);
  }
  const body = op.requestBody;
  const bodySchema = body && part(body.schema, bodySchemaPointer(op) as string);
  if (body && !body.merged) {
    properties["body"] = bodySchema;
    if (body.required) required.push("body");
  }
  const own = {
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
  };
  if (!body?.merged) return own;
  return Object.keys(properties).length === 0 ? bodySchema : { allOf: [own, bodySchema] };
}

/** A parameter's description travels with its schema (for the type's JSDoc). */
function withDescription(schema: unknown, param: ParameterModel): unknown {
  if (param.description === undefined || typeof schema !== "object" || schema === null) {
    return schema;
  }
  if ("description" in schema) return schema;
  return { ...schema, description: param.description };
}

/** True when a call may leave `params` out: nothing in it is required. */
export function paramsOptional(op: OperationModel): boolean {
  if (paramsParameters(op).some((p) => p.required)) return false;
  const body = op.requestBody;
  if (!body?.required) return true;
  if (!body.merged) return false;
  const schema = body.schema;
  if (typeof schema !== "object") return true;
  const required = schema["required"];
  const composed = ["allOf", "anyOf", "oneOf", "$ref"].some((k) => k in schema);
  return !composed && !(Array.isArray(required) && required.length > 0);
}
