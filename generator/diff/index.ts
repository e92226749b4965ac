/**
 * diffSpecs(): two versions of a spec through load → check → model, compared as a client sees
 * them, with a semver verdict checked against `info.version`. Never prints and never exits: the
 * CLI (`generator/diff-cli.ts`) does both from the result.
 */
import { hasErrors, type Diagnostic } from "../diagnostics.js";
import { isObject } from "../model/resolve.js";
import type { ApiModel } from "../model/types.js";
import { loadModel, type LoadedModel } from "../spec-model.js";
import { sourceOf } from "../load.js";
import type { Change } from "./changes.js";
import { diffModels } from "./compare-models.js";
import { applyIgnoreList, type Acknowledged, type IgnoreEntry } from "./ignore.js";
import { openInput, type Input } from "./input.js";
import { bumpOf, verdictOf, type Bump, type Verdict } from "./verdict.js";

export interface LocatedChange extends Change {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface DiffOptions {
  readonly base: string;
  readonly head: string;
  readonly ignore?: readonly IgnoreEntry[];
}

export interface BadInput {
  readonly label: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly readText: (file: string) => string | undefined;
}

export type DiffResult =
  | { readonly kind: "bad-input"; readonly exitCode: 2; readonly inputs: readonly BadInput[] }
  | {
      readonly kind: "compared";
      readonly exitCode: 0 | 1;
      readonly base: string;
      readonly head: string;
      readonly verdict: Verdict;
      readonly versions: { readonly base: string; readonly head: string; readonly bump: Bump };
      readonly changes: readonly LocatedChange[];
      readonly ignored: readonly Acknowledged[];
      readonly unusedIgnores: readonly IgnoreEntry[];
    };

export async function diffSpecs(options: DiffOptions): Promise<DiffResult> {
  const inputs: Input[] = [];
  try {
    inputs.push(openInput(options.base), openInput(options.head));
    const [base, head] = [await loadModel(inputs[0]!.file), await loadModel(inputs[1]!.file)];
    const bad = [badInput(inputs[0]!, base), badInput(inputs[1]!, head)].filter(
      (b) => b !== undefined,
    );
    if (bad.length > 0 || !base.model || !head.model)
      return { kind: "bad-input", exitCode: 2, inputs: bad };
    const located = diffModels(base.model, head.model).map((change) =>
      locate(change, change.side === "base" ? [inputs[0]!, base] : [inputs[1]!, head]),
    );
    const applied = applyIgnoreList(located, options.ignore ?? []);
    const verdict = verdictOf(applied.kept);
    const versions = { base: infoVersion(base.model), head: infoVersion(head.model) };
    const bump = bumpOf(versions.base, versions.head);
    const exitCode = verdict === "major" && bump !== "major" ? 1 : 0;
    return {
      kind: "compared",
      exitCode,
      base: inputs[0]!.label,
      head: inputs[1]!.label,
      verdict,
      versions: { ...versions, bump },
      changes: applied.kept,
      ignored: applied.ignored,
      unusedIgnores: applied.unused,
    };
  } finally {
    inputs.forEach((i) => i.dispose());
  }
}

/** `info.version` as written (the model's `version` is made npm-safe). */
function infoVersion(model: ApiModel): string {
  const info = model.document["info"];
  const version = isObject(info) ? info["version"] : undefined;
  return typeof version === "string" || typeof version === "number" ? String(version) : "";
}

function badInput(input: Input, loaded: LoadedModel): BadInput | undefined {
  if (loaded.model && !hasErrors(loaded.diagnostics)) return undefined;
  const diagnostics = loaded.diagnostics.map((d) =>
    d.position ? { ...d, position: { ...d.position, file: input.display(d.position.file) } } : d,
  );
  return {
    label: input.label,
    diagnostics,
    readText: (file) => loaded.readText(input.loadedName(file)),
  };
}

function locate(change: Change, [input, loaded]: [Input, LoadedModel]): LocatedChange {
  const source = loaded.spec ? sourceOf(loaded.spec, change.pointer) : undefined;
  if (!source) return change;
  const { file, line, column } = source.position;
  return { ...change, file: input.display(file), line, column };
}
