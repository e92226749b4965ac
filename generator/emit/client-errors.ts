/**
 * The error side of client.ts, read from the model: the classes `x-errors` declares, the mapping
 * data the runtime reads, the `ApiError` properties `x-errors.fields` adds, and one
 * `<Operation>Error` type per operation with its documented error bodies.
 */
import { RUNTIME_ERROR_CLASSES } from "../model/extensions.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { errorFieldType } from "../model/runtime-inference.js";
import { jsDoc, list, object } from "./client-runtime.js";
import { stringLiteral } from "./text.js";

// ---------------------------------------------------------------- error classes

/** Classes the spec names that the runtime does not have, sorted. */
export function declaredErrorClasses(model: ApiModel): string[] {
  const e = model.runtime.errors;
  const names = [
    ...Object.values(e.byType),
    ...Object.values(e.byStatus),
    ...Object.values(e.byStatusFirst),
  ];
  return [...new Set(names)].filter((n) => !RUNTIME_ERROR_CLASSES.includes(n)).sort();
}

/** Runtime classes the error mapping refers to (imported by client.ts). */
export function runtimeErrorImports(model: ApiModel): string[] {
  const e = model.runtime.errors;
  const names = [
    ...Object.values(e.byType),
    ...Object.values(e.byStatus),
    ...Object.values(e.byStatusFirst),
  ];
  return [...new Set(names)]
    .filter((n) => RUNTIME_ERROR_CLASSES.includes(n) && n !== "ApiError")
    .sort();
}

function classDoc(model: ApiModel, name: string): string {
  const e = model.runtime.errors;
  const from = [
    ...Object.entries(e.byStatusFirst)
      .filter(([, c]) => c === name)
      .map(([s]) => `HTTP ${s}`),
    ...Object.entries(e.byType)
      .filter(([, c]) => c === name)
      .map(([t]) => `\`${t}\``),
    ...Object.entries(e.byStatus)
      .filter(([, c]) => c === name)
      .map(([s]) => `HTTP ${s}`),
  ];
  return `An error response of type or status ${from.join(", ")} (spec: \`x-errors\`).`;
}

/** The error classes, their names and the re-export of the base under the spec's name. */
export function errorClassStatements(model: ApiModel): string[] {
  const e = model.runtime.errors;
  const base = e.baseClass;
  const declared = declaredErrorClasses(model);
  const out: string[] = [];
  if (base)
    out.push(
      `/** The base class of every error this client throws. */\nexport { ApiError as ${base} };`,
    );
  for (const name of declared) {
    out.push(`${jsDoc(classDoc(model, name))}\nexport class ${name} extends ApiError {}`);
  }
  const named = [...(base ? [`${base}: ApiError`] : []), ...declared];
  if (named.length > 0) out.push(`nameErrorClasses({ ${named.join(", ")} });`);
  return out;
}

function classTable(table: Readonly<Record<string, string>>): string | undefined {
  const entries = Object.entries(table);
  return entries.length > 0 ? object(entries.map(([k, v]) => [k, v])) : undefined;
}

export function errorsData(model: ApiModel): string {
  const e = model.runtime.errors;
  const entries: [string, string][] = [];
  for (const key of ["typeField", "messageField", "codeField", "paramField"] as const) {
    const value = e[key];
    if (value !== undefined) entries.push([key, stringLiteral(value)]);
  }
  if (Object.keys(e.fields).length > 0) {
    entries.push([
      "fields",
      object(Object.entries(e.fields).map(([k, v]) => [k, stringLiteral(v)])),
    ]);
  }
  for (const key of ["byType", "byStatusFirst", "byStatus"] as const) {
    const table = classTable(e[key]);
    if (table) entries.push([key, table]);
  }
  return object(entries);
}

/** `const api: ApiConfig = { … }`: what the spec declares for the whole API. */
export function errorFieldsAugmentation(model: ApiModel): string[] {
  const fields = Object.entries(model.runtime.errors.fields);
  if (fields.length === 0) return [];
  const members = fields.map(([name, path]) => {
    const type = errorFieldType(model.normalisedDocument, model.operations, path);
    const doc = jsDoc(`\`${path}\` of the error body (spec: \`x-errors.fields\`).`);
    return `${doc}\nreadonly ${name}?: ${type};`;
  });
  return [
    `declare module "./runtime/errors.js" {\ninterface ApiError {\n${members.join("\n")}\n}\n}`,
  ];
}

// ---------------------------------------------------------------- typed error bodies

/** The operation's documented error responses (4xx, 5xx, ranges, default) that have a body. */
export function errorResponses(op: OperationModel): OperationModel["responses"] {
  return op.responses.filter(
    (r) =>
      /^([45]\d\d|[45]XX|default)$/i.test(r.status) &&
      r.mediaType !== undefined &&
      r.schema !== undefined,
  );
}

/** `export type GetPaymentError = ApiError<…>`: the error a call rejects with, its body typed. */
export function errorTypes(model: ApiModel): string[] {
  return model.operations.flatMap((op) => {
    const bodies = errorResponses(op).map(
      (r) =>
        `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]["responses"][${stringLiteral(r.status)}]["content"][${stringLiteral(r.mediaType!)}]`,
    );
    if (bodies.length === 0) return [];
    const doc = jsDoc(
      `An error response of \`${op.method.toUpperCase()} ${op.path}\`, its \`body\` typed as the spec documents it (narrow with \`instanceof ApiError\`, then cast).`,
    );
    return [`${doc}\nexport type ${op.typeName}Error = ApiError<${bodies.join(" | ")}>;`];
  });
}
