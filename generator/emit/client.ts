/**
 * client.ts: one resource class per group, one method per operation, printed as TypeScript text
 * (the package step compiles it to .js + .d.ts and prettier formats those, so only the syntax and
 * the doc comments' text matter here). Every string from the spec goes through `stringLiteral`
 * or `docText`, so it can never become code.
 */
import type { ApiModel, GroupModel, OperationModel } from "../model/types.js";
import { NameRegistry, camelCase } from "../model/naming.js";
import { wireBody } from "../model/operation.js";
import {
  operationType,
  paramHeaders,
  paramsOptional,
  paramsParts,
  responseType,
} from "./operation-types.js";
import { docText, propertyKey, stringLiteral } from "./text.js";

/** Source text of client.ts (TypeScript; the package step compiles it to .js + .d.ts). */
export async function emitClientSource(model: ApiModel): Promise<string> {
  const operations = model.operations
    .map((op) => `  ${op.typeName}: ${descriptor(model, op)},`)
    .join("\n");
  const statements = [
    ...imports(model),
    doc("The operations of the spec, as data for the runtime.") +
      `const operations = {\n${operations}\n} satisfies Record<string, OperationDescriptor>;`,
    ...model.groups.map(resourceClass),
    clientInterface(model),
    createClientFunction(model),
  ];
  return `${statements.join("\n\n")}\n`;
}

/**
 * A JSDoc comment: `/** text *\/` on one line, else one ` * ` line per line of text (the text
 * went through `docText`, so it cannot close the comment).
 */
function doc(text: string, indent = ""): string {
  const lines = text.split("\n");
  if (lines.length === 1) return `${indent}/** ${text} */\n`;
  const body = lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n");
  return `${indent}/**\n${body}\n${indent} */\n`;
}

function imports(model: ApiModel): string[] {
  const typeNames = model.operations.flatMap((op) => [
    ...(paramsParts(op).length > 0 ? [`${op.typeName}Params`] : []),
    `${op.typeName}Response`,
  ]);
  const validatorNames = model.operations.flatMap((op) => [
    ...(op.requestValidatorName ? [op.requestValidatorName] : []),
    ...op.responses.flatMap((r) => (r.validatorName ? [r.validatorName] : [])),
  ]);
  const needsPaths = model.operations.some((op) => op.pathParams.length > 0);
  return [
    `import { Transport, type ClientOptions, type OperationDescriptor, type RequestOptions, type WithResponse } from "./runtime/index.js";`,
    ...(typeNames.length > 0 || needsPaths
      ? [
          `import type { ${[...(needsPaths ? ["paths"] : []), ...typeNames].join(", ")} } from "./types.js";`,
        ]
      : []),
    ...(validatorNames.length > 0
      ? [`import { ${[...validatorNames].sort().join(", ")} } from "./validators.js";`]
      : []),
  ];
}

function descriptor(model: ApiModel, op: OperationModel): string {
  const fields: string[] = [
    `operationId: ${stringLiteral(op.operationId)}`,
    `method: ${stringLiteral(op.method.toUpperCase())}`,
    `path: ${stringLiteral(requestPath(op.path))}`,
    `pathParams: [${op.pathParams.map((p) => stringLiteral(p.name)).join(", ")}]`,
    `query: [${op.queryParams.map((p) => stringLiteral(p.name)).join(", ")}]`,
    `headers: [${paramHeaders(op)
      .map((p) => `[${stringLiteral(p.name)}, ${stringLiteral(p.name)}]`)
      .join(", ")}]`,
    `optionHeaders: [${op.headerParams
      .flatMap((p) =>
        p.clientOption === undefined
          ? []
          : [`[${stringLiteral(p.clientOption)}, ${stringLiteral(p.name)}]`],
      )
      .join(", ")}]`,
  ];
  const body = op.requestBody;
  if (body) {
    const wire = wireBody(body);
    fields.push(
      `body: { mediaType: ${stringLiteral(wire.mediaType)}, encoding: ${stringLiteral(wire.encoding)}, merged: ${body.merged}, required: ${body.required} }`,
    );
  }
  const baseUrl = op.servers[0];
  if (baseUrl !== undefined && baseUrl !== model.servers[0]) {
    fields.push(`baseUrl: ${stringLiteral(baseUrl)}`);
  }
  if (op.requestValidatorName) fields.push(`validateRequest: ${op.requestValidatorName}`);
  const responseValidators = op.responses.flatMap((r) =>
    r.validatorName ? [`${stringLiteral(r.status)}: ${r.validatorName}`] : [],
  );
  if (responseValidators.length > 0) {
    fields.push(`validateResponse: { ${responseValidators.join(", ")} }`);
  }
  return `{ ${fields.join(", ")} }`;
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

function resourceClass(group: GroupModel): string {
  const methods = group.operations.map((op) => operationMethod(op)).join("\n\n");
  return (
    doc(`Operations grouped under \`${docText(group.name)}\`.`) +
    `export class ${group.className} {\n` +
    "  readonly #transport: Transport;\n\n" +
    "  constructor(transport: Transport) {\n    this.#transport = transport;\n  }\n" +
    (methods ? `\n${methods}\n` : "") +
    "}"
  );
}

function operationMethod(op: OperationModel): string {
  const names = new NameRegistry(["params", "options"]);
  const pathArgs = op.pathParams.map((p) => ({
    name: names.claim(camelCase(p.name, "id")),
    type: `${operationType(op)}["parameters"]["path"][${stringLiteral(p.name)}]`,
  }));
  const hasParams = paramsParts(op).length > 0;
  const parameters = [
    ...pathArgs.map((a) => `${a.name}: ${a.type}`),
    ...(hasParams ? [`params${paramsOptional(op) ? "?" : ""}: ${op.typeName}Params`] : []),
    "options?: RequestOptions",
  ];
  const response = responseType(op) === "void" ? "void" : `${op.typeName}Response`;
  const call = `this.#transport.request<${response}>(operations.${op.typeName}, [${pathArgs.map((a) => a.name).join(", ")}], ${hasParams ? "params" : "undefined"}, options)`;
  return (
    doc(methodDoc(op), "  ") +
    `  ${op.methodName}(${parameters.join(", ")}): Promise<WithResponse<${response}>> {\n` +
    `    return ${call};\n` +
    "  }"
  );
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

function clientInterface(model: ApiModel): string {
  const properties = model.groups.map(
    (g) => `  readonly ${propertyKey(g.name)}: ${g.className};\n`,
  );
  return (
    doc(`A client for ${docText(model.title)} ${docText(model.version)}.`) +
    `export interface Client {\n${properties.join("")}}`
  );
}

function createClientFunction(model: ApiModel): string {
  const defaults = [
    `defaultBaseUrl: ${stringLiteral(model.servers[0] ?? "")}`,
    `userAgent: ${stringLiteral(`${model.packageName}/${model.version}`)}`,
  ];
  const groups = model.groups.map(
    (g) => `    ${propertyKey(g.name)}: new ${g.className}(transport),\n`,
  );
  return (
    doc(
      `Creates a client. \`apiKey\` is required; \`baseUrl\` defaults to ${docText(stringLiteral(model.servers[0] ?? ""))}.`,
    ) +
    "export function createClient(options: ClientOptions): Client {\n" +
    `  const transport = new Transport(options, { ${defaults.join(", ")} });\n` +
    `  return {\n${groups.join("")}  };\n` +
    "}"
  );
}
