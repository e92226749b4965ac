/**
 * A method takes one `params` object: query and header parameters and the body's properties (or
 * `body` itself, for a non-object body) side by side. Two of them with the same key could not be
 * told apart, so that is a diagnostic; `x-param-name` on a parameter renames its key.
 */
import type { Diagnostic, SourcePosition } from "../diagnostics.js";
import type { ParameterModel } from "./types.js";

export interface CollisionInput {
  /** Parameters that travel in `params` (query, and headers without `x-client-option`). */
  readonly params: readonly ParameterModel[];
  /** The body's keys in `params`: its properties when merged, else `body`. */
  readonly bodyKeys: readonly string[];
  /** `POST /widgets`, for the message. */
  readonly label: string;
  readonly locate: (pointer: string) => SourcePosition | undefined;
}

export function paramsCollisions(input: CollisionInput): Diagnostic[] {
  const owners = new Map<string, string>();
  for (const key of new Set(input.bodyKeys)) owners.set(key, "the request body");
  const diagnostics: Diagnostic[] = [];
  for (const param of input.params) {
    const other = owners.get(param.key);
    const mine = `${param.in} parameter \`${param.name}\``;
    if (other === undefined) {
      owners.set(param.key, mine);
      continue;
    }
    const position = input.locate(param.pointer);
    diagnostics.push({
      code: "params-collision",
      severity: "error",
      message: `${input.label}: the ${mine} and ${other} both take the key \`${param.key}\` in params`,
      pointer: param.pointer,
      ...(position ? { position } : {}),
      hint: `Give the parameter another key with \`x-param-name\` (e.g. \`x-param-name: ${param.in}_${param.key}\`).`,
    });
  }
  return diagnostics;
}
