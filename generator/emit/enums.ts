/**
 * enums.js / enums.d.ts: every named enum as a union type and, under the same name, a runtime
 * array of its values (in the spec's order), for `switch` helpers, form selects and runtime
 * checks: `SourceStatus.includes(value)`. types.d.ts imports the unions from here. Both files
 * are printed in their final layout (layout.ts).
 */
import type { ApiModel, EmittedFile, EnumModel } from "../model/types.js";
import { argsDoc, arrayDoc, printDoc, unionDoc } from "./layout.js";
import { docText } from "./text.js";

/** enums.js and enums.d.ts, or none when the spec names no enum. */
export function emitEnums(model: ApiModel, header: string): EmittedFile[] {
  if (model.enums.length === 0) return [];
  return [
    { path: "enums.js", contents: header + model.enums.map(value).join("\n") + "\n" },
    { path: "enums.d.ts", contents: header + model.enums.map(declaration).join("\n") + "\n" },
  ].map((f) => ({ ...f, preformatted: true }));
}

function valuesDoc(named: EnumModel): string {
  return `/** The values of {@link ${named.identifier}} the spec lists, in its order. */`;
}

function literals(named: EnumModel): string[] {
  return named.values.map((v) => JSON.stringify(v));
}

function value(named: EnumModel): string {
  const head = `export const ${named.identifier} = `;
  const array = printDoc(arrayDoc(literals(named)), { start: head.length, suffix: ";" });
  return `${valuesDoc(named)}\n${head}${array};`;
}

function declaration(named: EnumModel): string {
  const rest = named.values.every((v) => typeof v === "number") ? "number & {}" : "string & {}";
  const members = [...literals(named), ...(named.open ? [`(${rest})`] : [])];
  const typeHead = `export type ${named.identifier} =`;
  const union = printDoc(unionDoc(members), { start: typeHead.length + 1, suffix: ";" });
  const constHead = `export declare const ${named.identifier}: readonly `;
  const tuple = argsDoc("[", literals(named), "]");
  const paragraphs = [
    ...(named.description !== undefined ? [docText(named.description)] : []),
    ...(named.open
      ? ["Open (`x-open-enum`): the API may add values, so the type accepts any other too."]
      : []),
  ];
  return [
    ...(paragraphs.length > 0 ? [jsDoc(paragraphs)] : []),
    `${typeHead}${union.startsWith("\n") ? union : ` ${union}`};`,
    valuesDoc(named),
    `${constHead}${printDoc(tuple, { start: constHead.length, suffix: ";" })};`,
  ].join("\n");
}

function jsDoc(paragraphs: readonly string[]): string {
  const lines = paragraphs.join("\n\n").split("\n");
  return ["/**", ...lines.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join("\n");
}
