/**
 * The generator's own checks on one spec: the diagnostics `generate` would give (load, check,
 * model, and the validator compiler's: unknown formats, patterns), without writing anything.
 */
import { DIAGNOSTIC_CATALOGUE, hasErrors, type Diagnostic } from "../diagnostics.js";
import { loadModel, withPosition } from "../spec-model.js";
import type { LintProblem } from "./problem.js";

export interface GeneratorCheck {
  readonly problems: readonly LintProblem[];
  /** The file could not be read as an OpenAPI document at all (exit 2). */
  readonly unreadable: boolean;
}

const UNREADABLE = new Set([
  "file-not-found",
  "file-empty",
  "yaml-syntax",
  "not-openapi",
  "swagger-2",
  "unsupported-version",
]);

export async function generatorChecks(
  file: string,
  acceptUnknownFormats: boolean,
): Promise<GeneratorCheck> {
  const loaded = await loadModel(file);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  if (loaded.model && loaded.spec && !hasErrors(diagnostics)) {
    const { emitValidators, DEFAULT_TUNING } = await import("../emit/validators.js");
    const spec = loaded.spec;
    const emitted = emitValidators(loaded.model, DEFAULT_TUNING, { acceptUnknownFormats });
    diagnostics.push(...emitted.diagnostics.map((d) => withPosition(d, spec)));
  }
  return {
    problems: diagnostics.map(toProblem),
    unreadable: diagnostics.some((d) => UNREADABLE.has(d.code)),
  };
}

function toProblem(d: Diagnostic): LintProblem {
  return {
    source: "generator",
    rule: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
    ...(d.position ? { position: d.position } : {}),
    hint: d.hint ?? DIAGNOSTIC_CATALOGUE[d.code]?.fix,
  };
}
