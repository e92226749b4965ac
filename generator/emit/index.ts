/** emitPackage(): the model in, every file of the output package out (in memory). */
import { readdir, readFile } from "node:fs/promises";
import type { Diagnostic } from "../diagnostics.js";
import type { ApiModel, EmittedFile } from "../model/types.js";
import { compileTypeScript, type TypeScriptSource } from "./compile.js";
import { codeHeader } from "./header.js";
import { emitClientSource } from "./client.js";
import { emitEntry, emitPackageJson } from "./package-files.js";
import { emitReadme } from "./readme.js";
import { emitTypes } from "./types.js";
import { DEFAULT_TUNING, emitValidators } from "./validators.js";

const RUNTIME_DIR = new URL("../../templates/runtime/", import.meta.url);

export interface EmitResult {
  readonly files: EmittedFile[];
  readonly diagnostics: Diagnostic[];
}

export interface EmitOptions {
  /** false when types.d.ts is produced elsewhere (the pipeline's worker thread). */
  readonly types?: boolean;
  /** `--accept-unknown-formats`: unknown formats are warnings, left unchecked by the validators. */
  readonly acceptUnknownFormats?: boolean;
}

export async function emitPackage(model: ApiModel, options: EmitOptions = {}): Promise<EmitResult> {
  const header = codeHeader(model);
  const [types, clientSource, runtime] = await Promise.all([
    options.types === false ? undefined : emitTypes(model),
    emitClientSource(model),
    readRuntimeTemplates(),
  ]);
  const validators = emitValidators(model, DEFAULT_TUNING, {
    acceptUnknownFormats: options.acceptUnknownFormats === true,
  });
  const compiled = await compileTypeScript(
    [{ path: "client", source: clientSource }, ...runtime],
    header,
  );
  const files = [
    ...(types ? [types] : []),
    ...compiled,
    // ajv prints validators.js with a layout of its own (`lines: true`); prettier would add a
    // second or more on large specs for no reader's benefit.
    ...validators.files.map((f) => ({
      ...f,
      contents: header + f.contents,
      ...(f.path.endsWith(".js") ? { preformatted: true } : {}),
    })),
    ...emitEntry(model),
    emitPackageJson(model),
    emitReadme(model),
  ];
  return { files: sortFiles(files), diagnostics: validators.diagnostics };
}

/** The hand-written runtime, copied unchanged (compiled to .js + .d.ts). */
async function readRuntimeTemplates(): Promise<TypeScriptSource[]> {
  const names = (await readdir(RUNTIME_DIR))
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `runtime/${name.slice(0, -3)}`,
      source: await readFile(new URL(name, RUNTIME_DIR), "utf8"),
    })),
  );
}

export function sortFiles(files: EmittedFile[]): EmittedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
