/** emitPackage(): the model in, every file of the output package out (in memory). */
import type { Diagnostic } from "../diagnostics.js";
import type { ApiModel, EmittedFile } from "../model/types.js";
import { compileTypeScript, type TypeScriptSource } from "./compile.js";
import { codeHeader } from "./header.js";
import { emitClientSource } from "./client.js";
import { emitEnumsSource } from "./enums.js";
import { emitEntry, emitPackageJson } from "./package-files.js";
import { emitReadme } from "./readme.js";
import { emitRuntime } from "./runtime.js";
import { emitTypes } from "./types.js";
import { DEFAULT_TUNING, emitValidators } from "./validators.js";

export interface EmitResult {
  readonly files: EmittedFile[];
  readonly diagnostics: Diagnostic[];
}

export interface EmitOptions {
  /** false when types.d.ts is produced elsewhere (the pipeline's worker thread). */
  readonly types?: boolean;
  /** `--accept-unknown-formats`: unknown formats are warnings, left unchecked by the validators. */
  readonly acceptUnknownFormats?: boolean;
  /**
   * Formats files (the pipeline's worker thread). When given, the returned files are formatted:
   * the compiled client is handed over as soon as it exists, and is formatted while this thread
   * compiles the validators.
   */
  readonly format?: (files: EmittedFile[]) => Promise<EmittedFile[]>;
  /**
   * The runtime files as `emitRuntime()` returns them (formatted when `format` is given), made
   * elsewhere (the pipeline reads them from its cache); by default they are made here.
   */
  readonly runtime?: Promise<EmittedFile[]>;
  /**
   * Compiles and formats TypeScript sources (the worker thread); by default they are compiled
   * here and handed to `format`.
   */
  readonly compile?: (sources: TypeScriptSource[], header: string) => Promise<EmittedFile[]>;
  /** Called once everything is handed to `format`, before waiting for it (`worker.help()`). */
  readonly idle?: () => Promise<void>;
}

export async function emitPackage(model: ApiModel, options: EmitOptions = {}): Promise<EmitResult> {
  const header = codeHeader(model);
  const format = options.format ?? (async (files: EmittedFile[]) => files);
  const runtime = options.runtime ?? emitRuntime().then(format);
  runtime.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const [types, clientSource] = await Promise.all([
    options.types === false ? undefined : emitTypes(model),
    emitClientSource(model),
  ]);
  const compile =
    options.compile ??
    (async (sources: TypeScriptSource[], h: string) => format(await compileTypeScript(sources, h)));
  // On the worker, the client compiles while this thread compiles the validators.
  const enumsSource = emitEnumsSource(model);
  const client = compile(
    [
      { path: "client", source: clientSource },
      ...(enumsSource !== undefined ? [{ path: "enums", source: enumsSource }] : []),
    ],
    header,
  );
  client.catch(() => undefined);
  const validators = emitValidators(model, DEFAULT_TUNING, {
    acceptUnknownFormats: options.acceptUnknownFormats === true,
  });
  const rest = format([
    ...(types ? [types] : []),
    // ajv prints validators.js with a layout of its own (`lines: true`); prettier would add a
    // second or more on large specs for no reader's benefit. validators.d.ts is printed as
    // prettier prints it (test/validators/declarations-format.test.ts), so it is not formatted.
    ...validators.files.map((f) => ({ ...f, contents: header + f.contents, preformatted: true })),
    ...emitEntry(model),
    emitPackageJson(model),
    emitReadme(model),
  ]);
  await options.idle?.();
  const files = [
    ...(await client),
    // The header is a run of line comments: it formats the same before or after it is added.
    ...(await runtime).map((f) => ({ ...f, contents: header + f.contents })),
    ...(await rest),
  ];
  return { files: sortFiles(files), diagnostics: validators.diagnostics };
}

export function sortFiles(files: EmittedFile[]): EmittedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
