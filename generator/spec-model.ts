/**
 * loadModel(): the first three stages of the pipeline (load → check → model) for tools that read
 * a spec without generating it (`diff`, `lint:spec`). Same diagnostics as `generate`, positions
 * included; never throws for bad input.
 */
import { hasErrors, type Diagnostic } from "./diagnostics.js";
import type { ApiModel } from "./model/types.js";
import type { LoadedSpec } from "./spec-source.js";

export interface LoadedModel {
  /** Present when the spec has no error. */
  readonly model?: ApiModel;
  readonly spec?: LoadedSpec;
  readonly diagnostics: readonly Diagnostic[];
  /** Text of a spec file, for code frames. */
  readonly readText: (file: string) => string | undefined;
}

export async function loadModel(file: string): Promise<LoadedModel> {
  const { load } = await import("./load.js");
  const loaded = await load(file);
  const spec = loaded.spec;
  const readText = loaded.readText ?? ((): undefined => undefined);
  if (!spec || hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics, readText };
  const { check } = await import("./check.js");
  const diagnostics = [...loaded.diagnostics, ...(await check(spec))];
  if (hasErrors(diagnostics)) return { spec, diagnostics, readText };
  const { buildModel } = await import("./model/build.js");
  const built = buildModel(spec);
  diagnostics.push(...built.diagnostics.map((d) => withPosition(d, spec)));
  if (hasErrors(diagnostics) || !built.model) return { spec, diagnostics, readText };
  return { model: built.model, spec, diagnostics, readText };
}

/** Gives a diagnostic its source position from its pointer. */
export function withPosition(d: Diagnostic, spec: LoadedSpec): Diagnostic {
  if (d.position || d.pointer === undefined) return d;
  const position = spec.locate(d.pointer);
  return position ? { ...d, position } : d;
}
