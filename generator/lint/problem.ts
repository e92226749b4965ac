/** One lint finding, from Redocly or from the generator's own checks, and how it is printed. */
import type { SourcePosition } from "../diagnostics.js";

export interface LintProblem {
  readonly source: "redocly" | "generator";
  /** Redocly rule id or generator diagnostic code. */
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly pointer?: string;
  readonly position?: SourcePosition;
  readonly hint?: string;
}

export function formatProblem(p: LintProblem): string {
  const where = p.position ? `${p.position.file}:${p.position.line}:${p.position.column}: ` : "";
  const lines = [`${where}${p.severity}[${p.rule}]: ${p.message}`];
  if (p.pointer) lines.push(`  at ${p.pointer}`);
  if (p.hint) lines.push(`  ${p.source === "redocly" ? "rule" : "hint"}: ${p.hint}`);
  return lines.join("\n");
}

export function compareProblems(a: LintProblem, b: LintProblem): number {
  const fa = a.position?.file ?? "";
  const fb = b.position?.file ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (
    (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
    (a.position?.column ?? 0) - (b.position?.column ?? 0)
  );
}
