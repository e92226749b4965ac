/**
 * The client, as the model of its two files: client.js (resource classes calling the runtime, the
 * operations as data) and client.d.ts (the same classes declared, with the spec's option types).
 * client-js.ts and client-dts.ts print them with ts-morph, each laid out as it is written
 * (layout.ts): no TypeScript compile and no formatter pass (on a large spec, box, those took
 * about 3 s of a 10 s run). Every string from the spec goes through `stringLiteral` or
 * `docText`, so it can never become code.
 */
import type { StatementStructures } from "ts-morph";
import { loadTsMorph } from "../heavy-modules.js";
import type { ApiModel, EmittedFile, GroupModel, OperationModel } from "../model/types.js";
import { NameRegistry, camelCase } from "../model/naming.js";
import { wireBody } from "../model/operation.js";
import { paramsKeys } from "../model/params-keys.js";
import {
  paramHeaders,
  paramsOptional,
  paramsTypeName,
  promisedType,
  resultType,
} from "./operation-types.js";
import { pathArgumentType } from "./path-types.js";
import { docText, stringLiteral } from "./text.js";
import {
  bodyStyles,
  descriptorOptionHeaders,
  hasIdempotency,
  list,
  object,
  runtimeFields,
} from "./client-runtime.js";
import { errorResponses } from "./client-errors.js";
import { clientJsStatements } from "./client-js.js";
import { clientDtsStatements } from "./client-dts.js";
import type { Doc } from "./layout.js";

/** client.js and client.d.ts, each starting with `header`, printed in their final form. */
export function emitClient(model: ApiModel, header: string): EmittedFile[] {
  return [
    { path: "client.js", statements: clientJsStatements(model) },
    { path: "client.d.ts", statements: clientDtsStatements(model) },
  ].map(({ path, statements }) => ({
    path,
    contents: header + printStatements(statements),
    preformatted: true,
  }));
}

/**
 * The statements as ts-morph's structure printer writes them (two-space indents, double quotes),
 * without parsing the result: `project.createSourceFile` parses what it prints (box's client:
 * 0.6 s for nothing here). The golden type-check compiles every golden client, the hostile
 * spec's included.
 */
function printStatements(statements: readonly (string | StatementStructures)[]): string {
  const { printStructure, StructureKind } = loadTsMorph();
  const text = printStructure(
    { kind: StructureKind.SourceFile, statements: [...statements] },
    { indentNumberOfSpaces: 2, newLine: "\n" },
  );
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** The names client.d.ts imports from types.js: params and result types, and `paths`. */
export function typeImports(model: ApiModel): string[] {
  const typeNames = [
    ...new Set(
      model.operations.flatMap((op) => {
        const body = resultType(model, op).body;
        return [paramsTypeName(op), ...(body !== undefined ? [body] : [])];
      }),
    ),
  ].sort();
  const needsPaths = model.operations.some(
    (op) =>
      errorResponses(op).length > 0 ||
      op.pathParams.some((p) => pathArgumentType(p.schema) === undefined),
  );
  return [...(needsPaths ? ["paths"] : []), ...typeNames];
}

/** The validators client.js imports, sorted. */
export function validatorImports(model: ApiModel): string[] {
  const names = model.operations.flatMap((op) => [
    ...(op.requestValidatorName ? [op.requestValidatorName] : []),
    ...op.responses.flatMap((r) => (r.validatorName ? [r.validatorName] : [])),
  ]);
  return [...new Set(names)].sort();
}

/** True when some method resolves to `WithResponse<NoContent>`. */
export function usesNoContent(model: ApiModel): boolean {
  return model.operations.some((op) => resultType(model, op).body === undefined);
}

/** `operations`: one descriptor per operation, for the runtime. */
export function operationsData(model: ApiModel): Doc {
  return object(model.operations.map((op) => [op.typeName, descriptor(model, op)] as const));
}

function descriptor(model: ApiModel, op: OperationModel): Doc {
  const keys = paramsKeys(op, model.normalisedDocument);
  const renamed = op.queryParams.filter((p) => p.key !== p.name);
  const fields: [string, Doc][] = [
    ["operationId", stringLiteral(op.operationId)],
    ["name", stringLiteral(`${op.group}.${op.methodName}`)],
    ["method", stringLiteral(op.method.toUpperCase())],
    ["path", stringLiteral(requestPath(op.path))],
    ["pathParams", list(op.pathParams.map((p) => stringLiteral(p.name)))],
    ["query", list(op.queryParams.map((p) => stringLiteral(p.key)))],
    ...(renamed.length > 0
      ? [
          ["queryNames", object(renamed.map((p) => [p.key, stringLiteral(p.name)] as const))] as [
            string,
            Doc,
          ],
        ]
      : []),
    [
      "headers",
      list(paramHeaders(op).map((p) => list([stringLiteral(p.key), stringLiteral(p.name)]))),
    ],
    ["optionHeaders", descriptorOptionHeaders(op)],
    ...runtimeFields(op, model.normalisedDocument),
    ["keys", list(keys.keys.map(stringLiteral))],
    ...(keys.open ? [["openKeys", "true"] as [string, Doc]] : []),
  ];
  const body = op.requestBody;
  if (body) {
    const wire = wireBody(body);
    const styles = wire.encoding === "form" ? bodyStyles(op, model.normalisedDocument) : undefined;
    const entries: [string, Doc][] = [
      ["mediaType", stringLiteral(wire.mediaType)],
      ["encoding", stringLiteral(wire.encoding)],
      ["merged", String(body.merged)],
      ["required", String(body.required)],
      ...(styles ? [["styles", styles] as [string, Doc]] : []),
    ];
    fields.push(["body", object(entries)]);
  }
  const baseUrl = op.servers[0];
  if (baseUrl !== undefined && baseUrl !== model.servers[0]) {
    fields.push(["baseUrl", stringLiteral(baseUrl)]);
  }
  if (op.requestValidatorName) fields.push(["validateRequest", op.requestValidatorName]);
  const responseValidators = op.responses.flatMap((r) =>
    r.validatorName ? [[r.status, r.validatorName] as [string, Doc]] : [],
  );
  if (responseValidators.length > 0) fields.push(["validateResponse", object(responseValidators)]);
  return object(fields);
}

/**
 * The path the client requests: the path key without a `#fragment`. Some specs (Box) add one to
 * tell apart operations on the same path (`/files/{file_id}#get_shared_link`); sent as is, it
 * would swallow the query string the runtime appends.
 */
export function requestPath(path: string): string {
  const hash = path.indexOf("#");
  return hash === -1 ? path : path.slice(0, hash);
}

/** A resource method: its name, doc and typed parameters (client.d.ts drops the types in .js). */
export interface MethodModel {
  readonly name: string;
  readonly doc: string;
  readonly typeName: string;
  readonly pathArgs: readonly { readonly name: string; readonly type: string }[];
  readonly paramsType: string;
  readonly paramsOptional: boolean;
  readonly optionsType: string;
  readonly returnType: string;
}

export function methodModel(model: ApiModel, op: OperationModel): MethodModel {
  const names = new NameRegistry(["params", "options"]);
  const pathArgs = op.pathParams.map((p) => ({
    name: names.claim(camelCase(p.name, "id")),
    type:
      pathArgumentType(p.schema) ??
      `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]["parameters"]["path"][${stringLiteral(p.name)}]`,
  }));
  return {
    name: op.methodName,
    doc: methodDoc(op),
    typeName: op.typeName,
    pathArgs,
    paramsType: paramsTypeName(op),
    paramsOptional: paramsOptional(op),
    optionsType: hasIdempotency(op) ? "IdempotentRequestOptions" : "RequestOptions",
    returnType: `Promise<${promisedType(model, op)}>`,
  };
}

export function groupDoc(group: GroupModel): string {
  return `Operations grouped under \`${docText(group.name)}\`.`;
}

function methodDoc(op: OperationModel): string {
  const lines = [
    op.summary,
    op.description && op.description !== op.summary ? op.description : undefined,
    `\`${op.method.toUpperCase()} ${op.path}\` (operationId \`${op.operationId}\`)`,
    op.deprecated ? "@deprecated" : undefined,
  ];
  return lines
    .filter((l): l is string => l !== undefined && l !== "")
    .map(docText)
    .join("\n\n");
}
