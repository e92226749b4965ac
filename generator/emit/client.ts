/**
 * client.ts: one resource class per group, one method per operation, built with ts-morph as
 * structures (plain data) in one batch. Every string from the spec goes through `stringLiteral`
 * or `docText`, so it can never become code.
 */
import type {
  ClassDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  StatementStructures,
} from "ts-morph";
import { loadTsMorph } from "../heavy-modules.js";
import type { ApiModel, GroupModel, OperationModel } from "../model/types.js";
import { NameRegistry, camelCase } from "../model/naming.js";
import { wireBody } from "../model/operation.js";
import { paramsKeys } from "../model/params-keys.js";
import { requestOptionNames } from "../model/request-options.js";
import {
  paramHeaders,
  paramsOptional,
  paramsTypeName,
  promisedType,
  resultType,
} from "./operation-types.js";
import { pathArgumentType } from "./path-types.js";
import { docText, propertyKey, stringLiteral } from "./text.js";
import {
  apiStatement,
  bodyStyles,
  clientOptionsOptional,
  descriptorOptionHeaders,
  hasIdempotency,
  optionInterfaces,
  requiredCredentials,
  runtimeFields,
} from "./client-runtime.js";
import {
  errorClassStatements,
  errorFieldsAugmentation,
  errorResponses,
  errorTypes,
  runtimeErrorImports,
} from "./client-errors.js";

/** Source text of client.ts (TypeScript; the package step compiles it to .js + .d.ts). */
export async function emitClientSource(model: ApiModel): Promise<string> {
  const { Project, StructureKind, VariableDeclarationKind } = loadTsMorph();
  const project = new Project({ useInMemoryFileSystem: true });
  const statements: (string | StatementStructures)[] = [
    ...imports(model),
    ...errorFieldsAugmentation(model),
    ...errorClassStatements(model),
    apiStatement(model),
    ...optionInterfaces(model),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["The operations of the spec, as data for the runtime."],
      declarations: [
        {
          name: "operations",
          initializer: `{\n${model.operations.map((op) => `${op.typeName}: ${descriptor(model, op)},`).join("\n")}\n} satisfies Record<string, OperationDescriptor>`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced.",
      ],
      declarations: [
        {
          name: "requestOptionNames",
          initializer: `[${requestOptionNames(model).map(stringLiteral).join(", ")}] as const`,
        },
      ],
    },
    ...errorTypes(model),
    ...model.groups.map((group) =>
      resourceClass(model, group, StructureKind.Class, StructureKind.Method),
    ),
    clientInterface(model, StructureKind.Interface),
    createClientFunction(model, StructureKind.Function),
  ];
  const file = project.createSourceFile("client.ts", { statements });
  return file.getFullText();
}

function imports(model: ApiModel): string[] {
  const typeNames = [
    ...new Set(
      model.operations.flatMap((op) => [
        paramsTypeName(op),
        ...(resultType(model, op).body !== undefined ? [resultType(model, op).body as string] : []),
      ]),
    ),
  ].sort();
  const validatorNames = model.operations.flatMap((op) => [
    ...(op.requestValidatorName ? [op.requestValidatorName] : []),
    ...op.responses.flatMap((r) => (r.validatorName ? [r.validatorName] : [])),
  ]);
  const needsPaths = model.operations.some(
    (op) =>
      errorResponses(op).length > 0 ||
      op.pathParams.some((p) => pathArgumentType(p.schema) === undefined),
  );
  const noContent = model.operations.some((op) => resultType(model, op).body === undefined);
  return [
    `import { ${["ApiError", ...runtimeErrorImports(model), "Transport", "nameErrorClasses"].join(", ")}, type ApiConfig, type BaseClientOptions, type BaseRequestOptions, ${noContent ? "type NoContent, " : ""}type OperationDescriptor, type WithResponse } from "./runtime/index.js";`,
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
  const keys = paramsKeys(op, model.normalisedDocument);
  const renamed = op.queryParams.filter((p) => p.key !== p.name);
  const fields: string[] = [
    `operationId: ${stringLiteral(op.operationId)}`,
    `name: ${stringLiteral(`${op.group}.${op.methodName}`)}`,
    `method: ${stringLiteral(op.method.toUpperCase())}`,
    `path: ${stringLiteral(requestPath(op.path))}`,
    `pathParams: [${op.pathParams.map((p) => stringLiteral(p.name)).join(", ")}]`,
    `query: [${op.queryParams.map((p) => stringLiteral(p.key)).join(", ")}]`,
    ...(renamed.length > 0
      ? [
          `queryNames: { ${renamed.map((p) => `${stringLiteral(p.key)}: ${stringLiteral(p.name)}`).join(", ")} }`,
        ]
      : []),
    `headers: [${paramHeaders(op)
      .map((p) => `[${stringLiteral(p.key)}, ${stringLiteral(p.name)}]`)
      .join(", ")}]`,
    `optionHeaders: ${descriptorOptionHeaders(op)}`,
    ...runtimeFields(op, model.normalisedDocument),
    `keys: [${keys.keys.map(stringLiteral).join(", ")}]`,
    ...(keys.open ? ["openKeys: true"] : []),
  ];
  const body = op.requestBody;
  if (body) {
    const wire = wireBody(body);
    const styles = wire.encoding === "form" ? bodyStyles(op, model.normalisedDocument) : undefined;
    fields.push(
      `body: { mediaType: ${stringLiteral(wire.mediaType)}, encoding: ${stringLiteral(wire.encoding)}, merged: ${body.merged}, required: ${body.required}${styles ? `, styles: ${styles}` : ""} }`,
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

function resourceClass(
  model: ApiModel,
  group: GroupModel,
  classKind: ClassDeclarationStructure["kind"],
  methodKind: MethodDeclarationStructure["kind"],
): ClassDeclarationStructure {
  return {
    kind: classKind,
    name: group.className,
    isExported: true,
    docs: [`Operations grouped under \`${docText(group.name)}\`.`],
    properties: [{ name: "#transport", isReadonly: true, type: "Transport" }],
    ctors: [
      {
        parameters: [{ name: "transport", type: "Transport" }],
        statements: ["this.#transport = transport;"],
      },
    ],
    methods: group.operations.map((op) => operationMethod(model, op, methodKind)),
  };
}

function operationMethod(
  model: ApiModel,
  op: OperationModel,
  kind: MethodDeclarationStructure["kind"],
): MethodDeclarationStructure {
  const names = new NameRegistry(["params", "options"]);
  const pathArgs = op.pathParams.map((p) => ({
    name: names.claim(camelCase(p.name, "id")),
    type:
      pathArgumentType(p.schema) ??
      `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]["parameters"]["path"][${stringLiteral(p.name)}]`,
  }));
  const params = paramsTypeName(op);
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = [
    ...pathArgs,
    { name: "params", type: params, hasQuestionToken: paramsOptional(op) },
    {
      name: "options",
      type: hasIdempotency(op) ? "IdempotentRequestOptions" : "RequestOptions",
      hasQuestionToken: true,
    },
  ];
  const promised = promisedType(model, op);
  const body = resultType(model, op).body ?? "NoContent";
  const call = `this.#transport.request<${body}>(operations.${op.typeName}, [${pathArgs.map((a) => a.name).join(", ")}], params, options)`;
  return {
    kind,
    name: op.methodName,
    docs: [methodDoc(op)],
    parameters,
    returnType: `Promise<${promised}>`,
    statements: [`return ${call};`],
  };
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

function clientInterface(model: ApiModel, kind: StatementStructures["kind"]): StatementStructures {
  return {
    kind,
    name: "Client",
    isExported: true,
    docs: [`A client for ${docText(model.title)} ${docText(model.version)}.`],
    properties: model.groups.map((g) => ({
      name: propertyKey(g.name),
      type: g.className,
      isReadonly: true,
    })),
  } as StatementStructures;
}

function createClientFunction(
  model: ApiModel,
  kind: StatementStructures["kind"],
): StatementStructures {
  const defaults = [
    `defaultBaseUrl: ${stringLiteral(model.servers[0] ?? "")}`,
    `userAgent: ${stringLiteral(`${model.packageName}/${model.version}`)}`,
    "api",
  ];
  const required = requiredCredentials(model);
  const optional = clientOptionsOptional(model);
  const groups = model.groups.map((g) => `${propertyKey(g.name)}: new ${g.className}(transport),`);
  return {
    kind,
    name: "createClient",
    isExported: true,
    docs: [
      `Creates a client.${required.length > 0 ? ` ${required.map((r) => `\`${r}\``).join(", ")} required;` : ""} \`baseUrl\` defaults to ${docText(stringLiteral(model.servers[0] ?? ""))}.`,
    ],
    parameters: [{ name: "options", type: "ClientOptions", hasQuestionToken: optional }],
    returnType: "Client",
    statements: [
      `const transport = new Transport(${optional ? "options ?? {}" : "options"}, { ${defaults.join(", ")}, requestOptionNames });`,
      `return {\n${groups.join("\n")}\n};`,
    ],
  } as StatementStructures;
}
