/**
 * run(): the pipeline as a short list of stage calls:
 * guard → (no-op fast path) → load → check → model → emit → format → write.
 * One split: the validators are emitted on a worker thread (started before the spec is read)
 * while this thread emits the rest (validators-job.ts); without a worker, here.
 * Never prints and never exits: the CLI does both from the returned result.
 */
import { DiagnosticError, hasErrors, type Diagnostic } from "./diagnostics.js";
import { generatorIdentity } from "./fingerprint.js";
import type { OutputOptions } from "./manifest.js";
import { guardOutput } from "./out-guard.js";
import type { LoadedSpec } from "./spec-source.js";
import * as stage from "./stages.js";
import { Timings, type Lap } from "./timings.js";
import { isUpToDate } from "./up-to-date.js";
import { startValidatorsJob, type ValidatorsJob } from "./validators-job.js";

export interface RunOptions {
  /** Spec entry file (relative to cwd or absolute). */
  readonly spec: string;
  /** Output folder. */
  readonly out: string;
  /** Compare instead of writing. */
  readonly check: boolean;
  /** An unknown `format` is an error (by default a warning, and the value is checked by type alone). */
  readonly strictFormats?: boolean;
  /** Write into a folder that holds files the generator did not write (they are kept). */
  readonly force?: boolean;
  /** Emit the validators on a worker thread (default true; false: on this thread). */
  readonly validatorsWorker?: boolean;
}

export type ExitCode = 0 | 1 | 2 | 3;

export interface RunResult {
  readonly exitCode: ExitCode;
  readonly diagnostics: readonly Diagnostic[];
  /** Files (relative to out) that differ from what the spec produces, under --check. */
  readonly stale: readonly string[];
  /** Under --check: the emitted text of each stale file (for a diff); absent for removed files. */
  readonly expected?: ReadonlyMap<string, string>;
  /** Files (relative to out) written or removed. */
  readonly written: readonly string[];
  /** Text of a spec file, for code frames. */
  readonly readText: (file: string) => string | undefined;
  /** How long each stage took, in milliseconds, and the thread that ran it, in order of ending. */
  readonly timings: readonly Lap[];
}

const noText = (): undefined => undefined;

export async function run(options: RunOptions): Promise<RunResult> {
  const timings = new Timings();
  const output: OutputOptions = { strictFormats: options.strictFormats === true };
  let spec: LoadedSpec | undefined;
  let validatorsJob: ValidatorsJob | undefined;
  try {
    const target = await timings.time("guard", () =>
      guardOutput({ spec: options.spec, out: options.out, force: options.force === true }),
    );
    if ("code" in target) return fail(2, [target], noText, timings);
    const generator = await generatorIdentity();
    const input = { spec: options.spec, out: options.out, options: output, generator };
    if (await timings.time("up-to-date check", () => isUpToDate(input))) {
      return { ...fail(0, [], noText, timings), stale: [] };
    }
    validatorsJob = startValidatorsJob(timings, options.validatorsWorker !== false);

    const loaded = await timings.time("load", () => stage.loadStage(options.spec));
    spec = loaded.spec;
    const readText = loaded.readText ?? spec?.readText.bind(spec) ?? noText;
    if (!spec || hasErrors(loaded.diagnostics))
      return fail(2, loaded.diagnostics, readText, timings);
    const loadedSpec = spec;
    const checked = await timings.time("check", () => stage.checkStage(loadedSpec));
    const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...checked];
    if (hasErrors(diagnostics)) return fail(2, diagnostics, readText, timings);

    const built = await timings.time("model", () => stage.modelStage(loadedSpec));
    diagnostics.push(...built.diagnostics.map((d) => adjust(d, spec)));
    const model = built.model;
    if (hasErrors(diagnostics) || !model) return fail(2, diagnostics, readText, timings);

    const runtime = await timings.time("runtime", () => stage.runtimeStage());
    const validators = await validatorsJob.emit(model, output);
    const emitted = await timings.time("emit", () =>
      stage.emitStage(model, runtime, validators.result),
    );
    diagnostics.push(...emitted.diagnostics.map((d) => adjust(d, spec)));
    if (hasErrors(diagnostics)) return fail(2, diagnostics, readText, timings);

    const formatted = await timings.time("format", () => stage.formatStage(emitted.files));
    const files = await stage.withManifest(formatted, loadedSpec, output);
    const written = await timings.time(options.check ? "compare" : "write", () =>
      stage.writeStage(files, options.out, { check: options.check, foreign: target.foreign }),
    );
    const exitCode: ExitCode = options.check && written.stale.length > 0 ? 1 : 0;
    const wanted = new Map(files.map((f) => [f.path, f.contents]));
    const expected = new Map(
      written.stale.flatMap((f) => (wanted.has(f) ? [[f, wanted.get(f)!]] : [])),
    );
    return {
      exitCode,
      diagnostics,
      stale: written.stale,
      expected,
      written: written.written,
      readText,
      timings: timings.list,
    };
  } catch (error) {
    const readText = spec ? spec.readText.bind(spec) : noText;
    if (error instanceof DiagnosticError) return fail(2, error.diagnostics, readText, timings);
    return fail(3, [internalError(error)], readText, timings);
  } finally {
    validatorsJob?.close();
  }
}

/** Gives a diagnostic its source position from its pointer. */
function adjust(d: Diagnostic, spec: LoadedSpec | undefined): Diagnostic {
  if (d.position || d.pointer === undefined || !spec) return d;
  const position = spec.locate(d.pointer);
  return position ? { ...d, position } : d;
}

function fail(
  exitCode: ExitCode,
  diagnostics: readonly Diagnostic[],
  readText: RunResult["readText"],
  timings: Timings,
): RunResult {
  return { exitCode, diagnostics, stale: [], written: [], readText, timings: timings.list };
}

function internalError(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "internal-error", severity: "error", message: `internal error: ${detail}` };
}
