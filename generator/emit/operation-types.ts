/**
 * The named types of an operation's method: its params (`CreateSourceParams`) and its result
 * (`Source`, or `ListWidgetsResponse` for an inline schema). The client emitter and types.d.ts
 * both use these, so they always agree.
 */
import { isObject } from "../model/resolve.js";
import type { ApiModel, JsonSchema, OperationModel, ResponseModel } from "../model/types.js";

export { paramsOptional } from "../model/params-schema.js";

/** Header parameters that travel in `params` (those without `x-client-option`). */
export function paramHeaders(op: OperationModel): OperationModel["headerParams"] {
  return op.headerParams.filter((p) => p.clientOption === undefined);
}

/** The params type's name (every method takes params, possibly none: `Record<string, never>`). */
export function paramsTypeName(op: OperationModel): string {
  return `${op.typeName}Params`;
}

/** The response a method resolves to: the first 2xx (exact, then range). */
export function successResponse(op: OperationModel): ResponseModel | undefined {
  return (
    op.responses.find((r) => /^2\d\d$/.test(r.status)) ??
    op.responses.find((r) => /^2XX$/i.test(r.status))
  );
}

/** `Source` for `{ $ref: "#/components/schemas/Source" }`. */
export function componentRef(schema: JsonSchema): string | undefined {
  if (!isObject(schema) || typeof schema["$ref"] !== "string") return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema["$ref"]);
  return match ? (match[1] as string).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

export interface ResultType {
  /** The body's type: a declaration name, or undefined when the success response has no body. */
  readonly body?: string;
  /** True when the body is a JSON scalar (it cannot carry `lastResponse`). */
  readonly scalar: boolean;
}

export function resultType(model: ApiModel, op: OperationModel): ResultType {
  const response = successResponse(op);
  if (response?.mediaType === undefined || response.schema === undefined) return { scalar: false };
  const ref = componentRef(response.schema);
  const schema = ref === undefined ? undefined : model.schemas.find((s) => s.name === ref);
  if (schema) return { body: schema.identifier, scalar: isScalar(schema.schema) };
  return { body: `${op.typeName}Response`, scalar: isScalar(response.schema) };
}

/** The method's promised type: `WithResponse<Source>`, `WithResponse<NoContent>`, `string`. */
export function promisedType(model: ApiModel, op: OperationModel): string {
  const result = resultType(model, op);
  if (result.body === undefined) return "WithResponse<NoContent>";
  return result.scalar ? result.body : `WithResponse<${result.body}>`;
}

function isScalar(schema: JsonSchema): boolean {
  if (!isObject(schema)) return false;
  const scalar = (t: unknown): boolean =>
    ["string", "number", "integer", "boolean", "null"].includes(t as string);
  const type = schema["type"];
  if (typeof type === "string") return scalar(type);
  return Array.isArray(type) && type.length > 0 && type.every(scalar);
}
