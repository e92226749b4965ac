/**
 * The error side of client.ts, read from the model: the classes `x-errors` declares, the mapping
 * data the runtime reads, the `ApiError` properties `x-errors.fields` adds, and one
 * `<Operation>Error` type per operation with its documented error bodies.
 */
import { RUNTIME_ERROR_CLASSES } from "../model/extensions.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import { errorFieldType } from "../model/runtime-inference.js";
import { object, type MemberModel } from "./client-runtime.js";
import { argsDoc, type Doc } from "./layout.js";
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

/** The classes `x-errors` declares, with their docs, and the base class's public name. */
export interface ErrorClassesModel {
  readonly base: string | undefined;
  readonly declared: readonly { readonly name: string; readonly doc: string }[];
  /** `nameErrorClasses({ … })`: the names the runtime gives the classes, or undefined. */
  readonly naming: Doc | undefined;
}

export function errorClasses(model: ApiModel): ErrorClassesModel {
  const base = model.runtime.errors.baseClass;
  const declared = declaredErrorClasses(model);
  const named: [string, Doc][] = [
    ...(base ? [[base, "ApiError"] as [string, Doc]] : []),
    ...declared.map((name) => [name, name] as [string, Doc]),
  ];
  const naming =
    named.length > 0 ? argsDoc("nameErrorClasses(", [object(named)], ")", false) : undefined;
  return {
    base,
    declared: declared.map((name) => ({ name, doc: classDoc(model, name) })),
    naming,
  };
}

function classTable(table: Readonly<Record<string, string>>): Doc | undefined {
  const entries = Object.entries(table);
  return entries.length > 0 ? object(entries.map(([k, v]) => [k, v])) : undefined;
}

export function errorsData(model: ApiModel): Doc {
  const e = model.runtime.errors;
  const entries: [string, Doc][] = [];
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

/** The `ApiError` members `x-errors.fields` adds (declared by a module augmentation). */
export function errorFieldMembers(model: ApiModel): MemberModel[] {
  return Object.entries(model.runtime.errors.fields).map(([name, path]) => ({
    name,
    type: errorFieldType(model.normalisedDocument, model.operations, path),
    optional: true,
    doc: `\`${path}\` of the error body (spec: \`x-errors.fields\`).`,
  }));
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
export function errorTypes(
  model: ApiModel,
): { readonly name: string; readonly doc: string; readonly type: Doc }[] {
  return model.operations.flatMap((op) => {
    const bodies = errorResponses(op).map(
      (r) =>
        `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]["responses"][${stringLiteral(r.status)}]["content"][${stringLiteral(r.mediaType!)}]`,
    );
    if (bodies.length === 0) return [];
    const doc = `An error response of \`${op.method.toUpperCase()} ${op.path}\`, its \`body\` typed as the spec documents it (narrow with \`instanceof ApiError\`, then cast).`;
    const type = argsDoc("ApiError<", [bodies.join(" | ")], ">", false);
    return [{ name: `${op.typeName}Error`, doc, type }];
  });
}
