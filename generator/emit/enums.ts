/**
 * enums.ts: every named enum as a union type and, under the same name, a runtime `as const`
 * array of its values (in the spec's order), for `switch` helpers, form selects and runtime
 * checks: `SourceStatus.includes(value)`. types.d.ts imports the unions from here.
 */
import type { ApiModel, EnumModel } from "../model/types.js";
import { docText } from "./text.js";

/** Source text of enums.ts, or undefined when the spec names no enum. */
export function emitEnumsSource(model: ApiModel): string | undefined {
  if (model.enums.length === 0) return undefined;
  return model.enums.map(declaration).join("\n");
}

function declaration(named: EnumModel): string {
  const literals = named.values.map((v) => JSON.stringify(v));
  const rest = named.values.every((v) => typeof v === "number") ? "number & {}" : "string & {}";
  const union = [...literals, ...(named.open ? [`(${rest})`] : [])].join(" | ");
  const paragraphs = [
    ...(named.description !== undefined ? [docText(named.description)] : []),
    ...(named.open
      ? ["Open (`x-open-enum`): the API may add values, so the type accepts any other too."]
      : []),
  ];
  return [
    ...(paragraphs.length > 0 ? [jsDoc(paragraphs)] : []),
    `export type ${named.identifier} = ${union};`,
    `/** The values of {@link ${named.identifier}} the spec lists, in its order. */`,
    `export const ${named.identifier} = [${literals.join(", ")}] as const;`,
    "",
  ].join("\n");
}

function jsDoc(paragraphs: readonly string[]): string {
  const lines = paragraphs.join("\n\n").split("\n");
  return ["/**", ...lines.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join("\n");
}
