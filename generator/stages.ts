/**
 * The pipeline's stages as plain functions, one call each from run() (index.ts). Each stage module
 * is imported when the run reaches it, so a run that stops early loads little.
 */
import type { Diagnostic } from "./diagnostics.js";
import type { EmitResult } from "./emit/index.js";
import type { EmitValidatorsResult } from "./emit/validators.js";
import { generatorIdentity } from "./fingerprint.js";
import { loadPrettier } from "./heavy-modules.js";
import { manifestFile, specFilesRelative, type Manifest, type OutputOptions } from "./manifest.js";
import type { ApiModel, EmittedFile } from "./model/types.js";
import type { LoadedSpec } from "./spec-source.js";

export async function loadStage(file: string) {
  const { load } = await import("./load.js");
  return load(file);
}

export async function checkStage(spec: LoadedSpec): Promise<Diagnostic[]> {
  const { check } = await import("./check.js");
  return check(spec);
}

export async function modelStage(spec: LoadedSpec) {
  const { buildModel } = await import("./model/build.js");
  return buildModel(spec);
}

/**
 * The runtime, compiled and formatted (it does not depend on the spec): the build's copy, else
 * from the cache, else made.
 */
export async function runtimeStage(): Promise<EmittedFile[]> {
  const { cachedRuntime, emitRuntime, prebuiltRuntime } = await import("./emit/runtime.js");
  return (await prebuiltRuntime()) ?? cachedRuntime(async () => formatStage(await emitRuntime()));
}

/** Every file but the manifest; the validators come from `validators` (validators-job.ts). */
export async function emitStage(
  model: ApiModel,
  runtime: readonly EmittedFile[],
  validators: Promise<EmitValidatorsResult>,
): Promise<EmitResult> {
  const { emitPackage } = await import("./emit/index.js");
  return emitPackage(model, { runtime, validators });
}

export async function formatStage(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const { formatFiles } = await import("./format.js");
  return formatFiles(files, loadPrettier);
}

/** The files plus the manifest recording what made them. */
export async function withManifest(
  files: readonly EmittedFile[],
  spec: LoadedSpec,
  options: OutputOptions,
): Promise<EmittedFile[]> {
  const record: Omit<Manifest, "files"> = {
    generator: await generatorIdentity(),
    spec: { files: specFilesRelative(spec.files), sha256: spec.sha256 },
    options,
  };
  return [...files, manifestFile(files, record)];
}

export async function writeStage(
  files: readonly EmittedFile[],
  out: string,
  options: { check: boolean; foreign: readonly string[] },
) {
  const { writeOutput } = await import("./write.js");
  return writeOutput(files, out, options);
}
