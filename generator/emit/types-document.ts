/**
 * The document openapi-typescript reads: the model's document, with
 * - every named enum replaced by a reference to its name (`x-named-type`, printed by `types.ts`),
 * - the synthetic component schemas the package names: each method's params
 *   (`CreateSourceParams`, see model/params-schema.ts) and each inline success response
 *   (`ListWidgetsResponse`).
 * Every component schema then becomes a named declaration (named-declarations.ts).
 */
import { paramsSchema } from "../model/params-schema.js";
import { getAtPointer, isObject, joinPointer, type JsonObject } from "../model/resolve.js";
import type { ApiModel, EnumModel, OperationModel } from "../model/types.js";
import { componentRef, successResponse } from "./operation-types.js";

export const NAMED_TYPE = "x-named-type";

const ANNOTATIONS = ["description", "deprecated", "default", "example", "examples", "title"];

export interface TypesDocument {
  readonly document: unknown;
  /** Component schema key → the name of its declaration. */
  readonly names: Readonly<Record<string, string>>;
}

export function typesDocument(model: ApiModel): TypesDocument {
  const document = structuredClone(model.document) as Record<string, unknown>;
  for (const named of model.enums) markEnum(document, named);
  const components = ensureObject(document, "components");
  const schemas = ensureObject(components, "schemas");
  const names: Record<string, string> = {};
  for (const schema of model.schemas) names[schema.name] = schema.identifier;
  for (const op of model.operations) {
    const params = paramsSchema(op, (schema, pointer) => getAtPointer(document, pointer) ?? schema);
    if (params !== undefined) add(schemas, names, `${op.typeName}Params`, params);
    const inline = inlineResponse(document, op);
    if (inline !== undefined) add(schemas, names, `${op.typeName}Response`, inline);
  }
  return { document, names };
}

/** The success response's schema when it is not a component schema's `$ref`. */
function inlineResponse(document: JsonObject, op: OperationModel): unknown {
  const response = successResponse(op);
  if (response?.mediaType === undefined || response.schema === undefined) return undefined;
  if (componentRef(response.schema) !== undefined) return undefined;
  return getAtPointer(
    document,
    joinPointer(response.pointer, "content", response.mediaType, "schema"),
  );
}

function add(
  schemas: Record<string, unknown>,
  names: Record<string, string>,
  identifier: string,
  schema: unknown,
): void {
  let key = identifier;
  for (let n = 2; Object.prototype.hasOwnProperty.call(schemas, key); n++) {
    key = `${identifier}__${n}`;
  }
  schemas[key] = schema;
  names[key] = identifier;
}

function markEnum(document: JsonObject, named: EnumModel): void {
  // A shared parameter's schema is listed once per operation that uses it: mark it once.
  for (const pointer of new Set(named.pointers)) {
    const segments = pointer.split("/").slice(1).map(unescape);
    const last = segments.pop();
    const parent = getAtPointer(
      document,
      segments
        .map(escape)
        .map((s) => `/${s}`)
        .join(""),
    );
    if (last === undefined || (!isObject(parent) && !Array.isArray(parent))) continue;
    const container = parent as Record<string, unknown>;
    const node = container[last];
    if (!isObject(node)) continue;
    container[last] = marker(node, named.identifier);
  }
}

/** `{ x-named-type: SourceStatus }`, or its union with null when the enum is nullable. */
function marker(node: JsonObject, identifier: string): JsonObject {
  const type = node["type"];
  const nullable =
    node["nullable"] === true ||
    (Array.isArray(type) && type.includes("null")) ||
    (node["enum"] as unknown[]).includes(null);
  const annotations = Object.fromEntries(
    ANNOTATIONS.filter((k) => k in node).map((k) => [k, node[k]]),
  );
  const named = { type: "string", [NAMED_TYPE]: identifier };
  return nullable
    ? { ...annotations, anyOf: [named, { type: "null" }] }
    : { ...named, ...annotations };
}

function ensureObject(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  if (!isObject(parent[key])) parent[key] = {};
  return parent[key] as Record<string, unknown>;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
