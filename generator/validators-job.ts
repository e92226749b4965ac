/**
 * The pipeline's one split: the validators (ajv's code generation, the largest single job on big
 * specs) are emitted on a worker thread while this thread emits the types and the client.
 *
 * The worker starts before the spec is read, so ajv loads meanwhile; it gets the model once it is
 * built (a structured clone: about 0.1 s for a 1.8 MB spec) and replies with the files and
 * diagnostics `emitValidators` returns: the same bytes as on this thread. When the worker cannot
 * start (e.g. the generator runs from its TypeScript sources, where there is no built worker
 * file) or fails, the validators are emitted here instead, and `--timings` says so.
 * bench/worker-split.ts measures both paths.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EmitValidatorsResult } from "./emit/validators.js";
import type { OutputOptions } from "./manifest.js";
import type { ApiModel } from "./model/types.js";
import { validatorsInput } from "./emit/validators/input.js";
import type { Lap, Timings } from "./timings.js";
import type { ValidatorsRequest } from "./validators-worker.js";

const WORKER = new URL("./validators-worker.js", import.meta.url);

type Reply =
  | { readonly ok: true; readonly result: EmitValidatorsResult; readonly laps: readonly Lap[] }
  | { readonly ok: false; readonly message: string };

/** The job's result, once it is under way. */
export interface PendingValidators {
  readonly result: Promise<EmitValidatorsResult>;
}

export interface ValidatorsJob {
  /**
   * Hands the model over and resolves once the validators are under way on the worker (at once),
   * or emitted on this thread (no worker). If the worker fails, they are emitted here then.
   */
  emit(model: ApiModel, options: OutputOptions): Promise<PendingValidators>;
  /** Stops the worker (idempotent). */
  close(): void;
}

/**
 * Starts the worker, unless `useWorker` is false. `entry` is the worker module (tests point it
 * at one that fails).
 */
export function startValidatorsJob(
  timings: Timings,
  useWorker = true,
  entry: URL = WORKER,
): ValidatorsJob {
  const thread = useWorker ? spawn(entry) : undefined;
  return {
    emit: async (model, options) => {
      if (!thread) {
        const result = await inProcess(
          model,
          options,
          timings,
          useWorker ? "no worker" : undefined,
        );
        return { result: Promise.resolve(result) };
      }
      const result = onWorker(thread, model, options, timings).catch((error: unknown) => {
        void thread.worker.terminate();
        return inProcess(model, options, timings, `the worker failed: ${String(error)}`);
      });
      return { result };
    },
    close: () => void thread?.worker.terminate(),
  };
}

interface Thread {
  readonly worker: Worker;
  /** Rejects when the worker errs or exits (whenever that happens). */
  readonly ended: Promise<never>;
}

function spawn(entry: URL): Thread | undefined {
  if (entry.protocol !== "file:" || !existsSync(fileURLToPath(entry))) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(entry, { execArgv: [] }); // the worker is plain JS: no loader flags
  } catch {
    return undefined;
  }
  worker.unref(); // never keeps the process alive
  const ended = new Promise<never>((_, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`it exited (code ${code})`)));
  });
  ended.catch(() => undefined); // an end after the reply (or before any job) is no failure
  return { worker, ended };
}

async function onWorker(
  { worker, ended }: Thread,
  model: ApiModel,
  options: OutputOptions,
  timings: Timings,
): Promise<EmitValidatorsResult> {
  const reply = new Promise<EmitValidatorsResult>((resolve, reject) => {
    worker.once("message", (message: Reply) => {
      void worker.terminate();
      if (!message.ok) return reject(new Error(message.message));
      for (const [stage, ms, thread] of message.laps) timings.record(stage, ms, thread);
      resolve(message.result);
    });
  });
  const sentAt = performance.timeOrigin + performance.now();
  const request: ValidatorsRequest = {
    model: validatorsInput(model),
    strictFormats: options.strictFormats,
    sentAt,
  };
  worker.postMessage(request);
  return Promise.race([reply, ended]);
}

async function inProcess(
  model: ApiModel,
  options: OutputOptions,
  timings: Timings,
  why: string | undefined,
): Promise<EmitValidatorsResult> {
  const { DEFAULT_TUNING, emitValidators } = await import("./emit/validators.js");
  return timings.time(why ? `validators (${why})` : "validators", () =>
    emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: !options.strictFormats }),
  );
}
