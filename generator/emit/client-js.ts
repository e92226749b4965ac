/**
 * client.js as ts-morph statements: the error classes the spec declares, `api` and `operations`
 * (data for the runtime, typed by JSDoc for `checkJs` readers), and one resource class per group
 * whose methods hand their operation's descriptor to the runtime's `Transport`.
 */
import type { StatementStructures } from "ts-morph";
import { loadTsMorph } from "../heavy-modules.js";
import type { ApiModel, GroupModel } from "../model/types.js";
import { requestOptionNames } from "../model/request-options.js";
import {
  apiData,
  clientOptionsOptional,
  jsDoc,
  list,
  object,
  requiredCredentials,
} from "./client-runtime.js";
import { errorClasses, runtimeErrorImports } from "./client-errors.js";
import { groupDoc, methodModel, operationsData, validatorImports } from "./client.js";
import { argsDoc, arrayDoc, printDoc, type Doc } from "./layout.js";
import { docText, stringLiteral } from "./text.js";

const RUNTIME = "./runtime/index.js";

export function clientJsStatements(model: ApiModel): (string | StatementStructures)[] {
  const constant = (name: string, docs: string, value: Doc): string =>
    `${jsDoc(docs)}\nconst ${name} = ${printDoc(value, { start: name.length + 9, suffix: ";" })};`;
  return [
    ...imports(model),
    ...errorClassStatements(model),
    constant(
      "api",
      `What the spec declares for the runtime: credentials, retries, errors, timeout.\n\n@type {import(${stringLiteral(RUNTIME)}).ApiConfig}`,
      apiData(model),
    ),
    constant(
      "operations",
      `The operations of the spec, as data for the runtime.\n\n@satisfies {Record<string, import(${stringLiteral(RUNTIME)}).OperationDescriptor>}`,
      operationsData(model),
    ),
    constant(
      "requestOptionNames",
      "The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced.",
      list(requestOptionNames(model).map(stringLiteral)),
    ),
    ...model.groups.map((group) => resourceClass(model, group)),
    createClientFunction(model),
  ];
}

function imports(model: ApiModel): string[] {
  const names = errorClasses(model);
  const usesApiError = names.base !== undefined || names.declared.length > 0;
  const runtime = [
    ...(usesApiError ? ["ApiError"] : []),
    ...runtimeErrorImports(model),
    "Transport",
    ...(names.naming ? ["nameErrorClasses"] : []),
  ];
  const validators = validatorImports(model);
  return [
    importStatement(runtime, RUNTIME),
    ...(validators.length > 0 ? [importStatement(validators, "./validators.js")] : []),
  ];
}

/** `import { a, b } from "…";`, one name per line when it does not fit. */
export function importStatement(names: readonly string[], from: string, typeOnly = false): string {
  const head = typeOnly ? "import type " : "import ";
  return `${printDoc([head, importList(names), ` from ${stringLiteral(from)}`], { suffix: ";" })};`;
}

/** `{ a, b }` on one line, else one name per line. */
function importList(names: readonly string[]): Doc {
  return { open: "{", items: names, close: "}", join: ", ", lead: "", trail: ",", padded: true };
}

function errorClassStatements(model: ApiModel): string[] {
  const { base, declared, naming } = errorClasses(model);
  return [
    ...(base
      ? [
          `${jsDoc("The base class of every error this client throws.")}\nexport { ApiError as ${base} };`,
        ]
      : []),
    ...declared.map(({ name, doc }) => `${jsDoc(doc)}\nexport class ${name} extends ApiError {}`),
    ...(naming ? [`${printDoc(naming, { suffix: ";" })};`] : []),
  ];
}

function resourceClass(model: ApiModel, group: GroupModel): StatementStructures {
  const { StructureKind } = loadTsMorph();
  return {
    kind: StructureKind.Class,
    name: group.className,
    isExported: true,
    docs: [groupDoc(group)],
    properties: [{ name: "#transport" }],
    ctors: [{ parameters: [{ name: "transport" }], statements: ["this.#transport = transport;"] }],
    methods: group.operations.map((op) => {
      const method = methodModel(model, op);
      const pathArgs = method.pathArgs.map((a) => a.name);
      const call = argsDoc(
        "this.#transport.request(",
        [`operations.${method.typeName}`, arrayDoc(pathArgs), "params", "options"],
        ")",
      );
      return {
        name: method.name,
        docs: [method.doc],
        parameters: [...pathArgs, "params", "options"].map((name) => ({ name })),
        statements: [`return ${printDoc(call, { base: 4, start: 11, suffix: ";" })};`],
      };
    }),
  };
}

function createClientFunction(model: ApiModel): StatementStructures {
  const { StructureKind } = loadTsMorph();
  const optional = clientOptionsOptional(model);
  const defaults: [string, Doc][] = [
    ["defaultBaseUrl", stringLiteral(model.servers[0] ?? "")],
    ["userAgent", stringLiteral(`${model.packageName}/${model.version}`)],
    ["api", "api"],
    ["requestOptionNames", "requestOptionNames"],
  ];
  const transport = argsDoc(
    "new Transport(",
    [optional ? "options ?? {}" : "options", object(defaults)],
    ")",
  );
  const groups = object(
    model.groups.map((g) => [g.name, `new ${g.className}(transport)`] as const),
  );
  return {
    kind: StructureKind.Function,
    name: "createClient",
    isExported: true,
    docs: [createClientDoc(model)],
    parameters: [{ name: "options" }],
    statements: [
      `const transport = ${printDoc(transport, { base: 2, start: 20, suffix: ";" })};`,
      `return ${printDoc(groups, { base: 2, start: 9, suffix: ";" })};`,
    ],
  };
}

export function createClientDoc(model: ApiModel): string {
  const required = requiredCredentials(model);
  const names = required.map((r) => `\`${r}\``).join(", ");
  return `Creates a client.${required.length > 0 ? ` ${names} required;` : ""} \`baseUrl\` defaults to ${docText(stringLiteral(model.servers[0] ?? ""))}.`;
}
