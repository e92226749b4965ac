/**
 * run(): the pipeline as a short list of stage calls. load → check → model → emit → format → write.
 * Never prints and never exits: the CLI does both from the returned result.
 */
import { DiagnosticError, hasErrors, type Diagnostic } from "./diagnostics.js";
import type { LoadedSpec } from "./spec-source.js";

export interface RunOptions {
  /** Spec entry file (relative to cwd or absolute). */
  readonly spec: string;
  /** Output folder. */
  readonly out: string;
  /** Compare instead of writing. */
  readonly check: boolean;
  /** Downgrade `unknown-format` errors to warnings (the format is accepted, not checked). */
  readonly acceptUnknownFormats?: boolean;
  /** Do all the work on this thread (no worker): for callers that run many specs in a row. */
  readonly inProcess?: boolean;
}

export type ExitCode = 0 | 1 | 2 | 3;

export interface RunResult {
  readonly exitCode: ExitCode;
  readonly diagnostics: readonly Diagnostic[];
  /** Files (relative to out) that differ from what the spec produces, under --check. */
  readonly stale: readonly string[];
  /** Files (relative to out) written or removed. */
  readonly written: readonly string[];
  /** Text of a spec file, for code frames. */
  readonly readText: (file: string) => string | undefined;
  /** Milliseconds since start at which each stage finished (for --timings and the benches). */
  readonly timings: readonly (readonly [stage: string, ms: number])[];
}

const noText = (): undefined => undefined;

export async function run(options: RunOptions): Promise<RunResult> {
  let spec: LoadedSpec | undefined;
  const started = performance.now();
  const timings: [string, number][] = [];
  const lap = (stage: string): void => {
    timings.push([stage, Math.round(performance.now() - started)]);
  };
  const { inProcessWorker, startWorker } = await import("./worker-client.js");
  const worker = options.inProcess ? inProcessWorker() : startWorker();
  // The runtime does not depend on the spec: read from the cache, or made by the worker while
  // the spec is read.
  const runtime = import("./emit/runtime.js").then(({ cachedRuntime }) =>
    cachedRuntime(() => worker.runtime()),
  );
  runtime.catch(() => undefined); // awaited by emitPackage; never an unhandled rejection
  try {
    const { load } = await import("./load.js");
    const loaded = await load(options.spec);
    lap("load");
    spec = loaded.spec;
    const readText = loaded.readText ?? spec?.readText.bind(spec) ?? noText;
    if (!spec || hasErrors(loaded.diagnostics)) {
      return fail(2, loaded.diagnostics, readText, timings);
    }
    const { check } = await import("./check.js");
    const checked = await check(spec);
    lap("check");
    const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...checked];
    if (hasErrors(diagnostics)) return fail(2, diagnostics, readText, timings);

    const { buildModel } = await import("./model/build.js");
    const built = buildModel(spec);
    lap("model");
    diagnostics.push(...built.diagnostics.map((d) => adjust(d, spec)));
    if (hasErrors(diagnostics) || !built.model) return fail(2, diagnostics, readText, timings);

    const { emitPackage, sortFiles } = await import("./emit/index.js");
    // openapi-typescript runs on the worker thread while this one emits the rest.
    const model = built.model;
    const types = worker.emitTypes(model).finally(() => lap("types (worker)"));
    types.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    // The client is compiled and formatted on the worker while this thread compiles the
    // validators.
    const emitted = await emitPackage(model, {
      types: false,
      acceptUnknownFormats: options.acceptUnknownFormats === true,
      format: (files) => worker.format(files),
      compile: (sources, header) => worker.compile(sources, header),
      runtime,
      idle: () => worker.help(),
    });
    lap("emit and format client, validators, runtime");
    diagnostics.push(...emitted.diagnostics.map((d) => adjust(d, spec)));
    if (hasErrors(diagnostics)) return fail(2, diagnostics, readText, timings);

    const files = sortFiles([await types, ...emitted.files]);

    const { writeOutput } = await import("./write.js");
    const result = await writeOutput(files, options.out, { check: options.check });
    lap(options.check ? "compare" : "write");
    const exitCode: ExitCode = options.check && result.stale.length > 0 ? 1 : 0;
    return {
      exitCode,
      diagnostics,
      stale: result.stale,
      written: result.written,
      readText,
      timings,
    };
  } catch (error) {
    const readText = spec ? spec.readText.bind(spec) : noText;
    if (error instanceof DiagnosticError) return fail(2, error.diagnostics, readText, timings);
    return fail(3, [internalError(error)], readText, timings);
  } finally {
    await worker.close();
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
  timings: RunResult["timings"] = [],
): RunResult {
  return { exitCode, diagnostics, stale: [], written: [], readText, timings };
}

function internalError(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "internal-error", severity: "error", message: `internal error: ${detail}` };
}
