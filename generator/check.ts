/**
 * check(): everything wrong with the bundled document, collected in one pass of each rule (never
 * throws for bad input): OpenAPI version, structure (Redocly `struct`), operationIds, path
 * parameters, regular expressions. Warnings do not stop generation.
 */
import type { Diagnostic } from "./diagnostics.js";
import type { LoadedSpec } from "./spec-source.js";
import { checkOperations } from "./check/operations.js";
import { checkPatterns } from "./check/patterns.js";
import { checkStructure } from "./check/structure.js";
import { Reporter, isPlainObject } from "./check/util.js";
import { checkVersion } from "./check/version.js";

export async function check(spec: LoadedSpec): Promise<Diagnostic[]> {
  const reporter = new Reporter(spec);
  const document: unknown = spec.document;
  if (!checkVersion(document, reporter) || !isPlainObject(document)) return reporter.diagnostics;
  await checkStructure(document, spec.entryFile, reporter);
  checkOperations(document, reporter);
  checkPatterns(document, reporter);
  return reporter.diagnostics;
}
