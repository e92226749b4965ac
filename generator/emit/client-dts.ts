/**
 * client.d.ts as ts-morph statements: the `ApiError` fields `x-errors` adds, the error classes,
 * the spec's option interfaces, one `<Operation>Error` type per operation with documented error
 * bodies, the resource classes' method signatures, `Client` and `createClient`.
 */
import type { StatementStructures } from "ts-morph";
import { loadTsMorph } from "../heavy-modules.js";
import type { ApiModel, GroupModel } from "../model/types.js";
import {
  clientOptionsOptional,
  jsDoc,
  optionInterfaces,
  type InterfaceModel,
  type MemberModel,
} from "./client-runtime.js";
import { errorClasses, errorFieldMembers, errorTypes } from "./client-errors.js";
import { groupDoc, methodModel, typeImports, usesNoContent } from "./client.js";
import { createClientDoc, importStatement } from "./client-js.js";
import { argsDoc, printDoc } from "./layout.js";
import { docText, propertyKey } from "./text.js";

export function clientDtsStatements(model: ApiModel): (string | StatementStructures)[] {
  return [
    ...imports(model),
    ...errorFieldsAugmentation(model),
    ...errorClassDeclarations(model),
    ...optionInterfaces(model).map((i) => interfaceStructure(i)),
    ...errorTypes(model).map(
      ({ name, doc, type }) =>
        `${jsDoc(doc)}\nexport type ${name} = ${printDoc(type, { start: name.length + 15, suffix: ";" })};`,
    ),
    ...model.groups.map((group) => resourceClass(model, group)),
    interfaceStructure({
      name: "Client",
      extends: "",
      doc: `A client for ${model.title} ${model.version}.`,
      members: model.groups.map((g) => ({
        name: propertyKey(g.name),
        type: g.className,
        optional: false,
        doc: "",
      })),
    }),
    `${jsDoc(createClientDoc(model))}\nexport declare function createClient(options${clientOptionsOptional(model) ? "?" : ""}: ClientOptions): Client;`,
  ];
}

function imports(model: ApiModel): string[] {
  const { base, declared } = errorClasses(model);
  const usesApiError = base !== undefined || declared.length > 0 || errorTypes(model).length > 0;
  const runtime = [
    ...(usesApiError ? ["ApiError"] : []),
    ...(model.groups.length > 0 ? ["Transport"] : []),
    "type BaseClientOptions",
    "type BaseRequestOptions",
    ...(usesNoContent(model) ? ["type NoContent"] : []),
    ...(model.operations.length > 0 ? ["type WithResponse"] : []),
  ];
  const types = typeImports(model);
  return [
    importStatement(runtime, "./runtime/index.js"),
    ...(types.length > 0 ? [importStatement(types, "./types.js", true)] : []),
  ];
}

function errorFieldsAugmentation(model: ApiModel): StatementStructures[] {
  const members = errorFieldMembers(model);
  if (members.length === 0) return [];
  const { StructureKind, ModuleDeclarationKind } = loadTsMorph();
  return [
    {
      kind: StructureKind.Module,
      name: '"./runtime/errors.js"',
      hasDeclareKeyword: true,
      declarationKind: ModuleDeclarationKind.Module,
      statements: [interfaceStructure({ name: "ApiError", extends: "", doc: "", members }, false)],
    },
  ];
}

function errorClassDeclarations(model: ApiModel): string[] {
  const { base, declared } = errorClasses(model);
  return [
    ...(base
      ? [
          `${jsDoc("The base class of every error this client throws.")}\nexport { ApiError as ${base} };`,
        ]
      : []),
    ...declared.map(
      ({ name, doc }) => `${jsDoc(doc)}\nexport declare class ${name} extends ApiError {}`,
    ),
  ];
}

function interfaceStructure(model: InterfaceModel, exported = true): StatementStructures {
  const { StructureKind } = loadTsMorph();
  return {
    kind: StructureKind.Interface,
    name: model.name,
    isExported: exported,
    ...(model.extends ? { extends: [model.extends] } : {}),
    ...(model.doc ? { docs: [docText(model.doc)] } : {}),
    properties: model.members.map((m: MemberModel) => ({
      name: m.name,
      type: m.type,
      isReadonly: true,
      hasQuestionToken: m.optional,
      ...(m.doc ? { docs: [docText(m.doc)] } : {}),
    })),
  };
}

/** The class as text: its method signatures laid out as they fit (ts-morph prints one line). */
function resourceClass(model: ApiModel, group: GroupModel): string {
  const methods = group.operations.map((op) => {
    const method = methodModel(model, op);
    const parameters = [
      ...method.pathArgs.map((a) => `${a.name}: ${a.type}`),
      `params${method.paramsOptional ? "?" : ""}: ${method.paramsType}`,
      `options?: ${method.optionsType}`,
    ];
    const signature = printDoc(argsDoc(`${method.name}(`, parameters, ")"), {
      base: 2,
      suffix: `: ${method.returnType};`,
    });
    return indented(`${jsDoc(method.doc)}\n${signature}: ${method.returnType};`);
  });
  return [
    jsDoc(groupDoc(group)),
    `export declare class ${group.className} {`,
    "  #private;",
    "",
    "  constructor(transport: Transport);",
    ...methods.flatMap((m) => ["", m]),
    "}",
  ].join("\n");
}

function indented(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
