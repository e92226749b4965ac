/**
 * emitPackage(): the model in, every file of the output package out, in memory and unformatted
 * (the format stage comes next). Pure: no I/O, no globals. The runtime does not depend on the spec,
 * so it is an input (`emitRuntime()`, or the pipeline's cached and formatted copy). So may the
 * validators be (`emitValidators` of the same model, made on a worker thread: validators-job.ts);
 * they are awaited after every other file is emitted.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { ApiModel, EmittedFile } from "../model/types.js";
import { codeHeader } from "./header.js";
import { emitClient } from "./client.js";
import { emitEnums } from "./enums.js";
import { emitEntry, emitPackageJson } from "./package-files.js";
import { emitReadme } from "./readme.js";
import { emitTypes } from "./types.js";
import { DEFAULT_TUNING, emitValidators, type EmitValidatorsResult } from "./validators.js";

export interface EmitResult {
  readonly files: EmittedFile[];
  readonly diagnostics: Diagnostic[];
}

export interface EmitOptions {
  /** The runtime files without the header, as `emitRuntime()` returns them (maybe formatted). */
  readonly runtime: readonly EmittedFile[];
  /** `--strict-formats`: an unknown `format` is an error (else a warning, checked by type alone). */
  readonly strictFormats?: boolean;
  /** `emitValidators(model, DEFAULT_TUNING, …)` of this model, when made elsewhere. */
  readonly validators?: Promise<EmitValidatorsResult>;
}

export async function emitPackage(model: ApiModel, options: EmitOptions): Promise<EmitResult> {
  const header = codeHeader(model);
  // Printed in their final layout: no TypeScript compile, no formatter pass.
  const client = [...emitClient(model, header), ...emitEnums(model, header)];
  const files = [
    emitTypes(model),
    ...client,
    // The header is a run of line comments: it formats the same before or after it is added.
    ...options.runtime.map((f) => ({ ...f, contents: header + f.contents })),
    ...emitEntry(model),
    emitPackageJson(model),
    emitReadme(model),
  ];
  const validators = await (options.validators ??
    emitValidators(model, DEFAULT_TUNING, {
      acceptUnknownFormats: options.strictFormats !== true,
    }));
  // ajv prints validators.js with a layout of its own (`lines: true`); validators.d.ts is printed
  // as prettier prints it (test/validators/declarations-format.test.ts).
  files.push(
    ...validators.files.map((f) => ({ ...f, contents: header + f.contents, preformatted: true })),
  );
  return { files: sortFiles(files), diagnostics: validators.diagnostics };
}

export function sortFiles(files: readonly EmittedFile[]): EmittedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
