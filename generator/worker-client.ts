/**
 * startWorker(): a worker thread for the CPU-heavy steps that do not depend on each other
 * (openapi-typescript, prettier, the runtime when it is not cached), so they run on the second
 * core while the main thread reads the spec and emits the client and the validators.
 *
 * Every job is posted at once and the worker does its jobs in order. Formatting jobs (one file
 * each) can also be claimed by the main thread: once it has emitted everything it calls `help()`
 * and formats, newest first, the files the worker has not started. Who does a job is settled by
 * an atomic compare-and-swap on a shared slot per job, so no job is done twice and neither thread
 * waits for a message from the other to decide.
 *
 * Every job falls back to the main thread when the worker cannot start, fails or dies, so the
 * output never depends on where it ran.
 */
import type { Worker } from "node:worker_threads";
import { typesInput, type TypesInput } from "./emit/types.js";
import { needsFormatting } from "./format.js";
import type { ApiModel, EmittedFile } from "./model/types.js";
import {
  CLAIM_SLOTS,
  CLAIMED_BY_MAIN,
  UNCLAIMED,
  type WorkerReply,
  type WorkerTask,
} from "./worker-protocol.js";

export interface PipelineWorker {
  /** The compiled runtime without the header (`emitRuntime()`), formatted. */
  runtime(): Promise<EmittedFile[]>;
  /** types.d.ts, formatted. */
  emitTypes(model: ApiModel): Promise<EmittedFile>;
  format(files: readonly EmittedFile[]): Promise<EmittedFile[]>;
  /** The calling thread has nothing else to do: it formats files the worker has not started. */
  help(): Promise<void>;
  close(): Promise<void>;
}

/** The same work on the calling thread (tests that run many specs in one process use this). */
export function inProcessWorker(): PipelineWorker {
  return {
    runtime: runtimeInProcess,
    emitTypes: async (model) => {
      const [file] = await typesInProcess(typesInput(model));
      if (!file) throw new Error("the types emitter returned no file");
      return { ...file, preformatted: true };
    },
    format: formatInProcess,
    help: async () => undefined,
    close: async () => undefined,
  };
}

async function runtimeInProcess(): Promise<EmittedFile[]> {
  const [{ emitRuntime }, { formatFiles }] = await Promise.all([
    import("./emit/runtime.js"),
    import("./format.js"),
  ]);
  return formatFiles(await emitRuntime());
}

async function typesInProcess(input: TypesInput): Promise<EmittedFile[]> {
  const [{ emitTypesFrom }, { formatFiles }] = await Promise.all([
    import("./emit/types.js"),
    import("./format.js"),
  ]);
  return formatFiles([await emitTypesFrom(input)]);
}

async function formatInProcess(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const { formatFiles } = await import("./format.js");
  return formatFiles(files);
}

type Task =
  | { task: "runtime" }
  | { task: "types"; input: TypesInput }
  | { task: "format"; files: readonly EmittedFile[] };

interface Job {
  readonly id: number;
  readonly task: Task;
  /** The main thread may claim it in `help()` (formatting). */
  readonly claimable: boolean;
  readonly size: number;
  readonly inProcess: () => Promise<EmittedFile[]>;
  readonly resolve: (files: EmittedFile[]) => void;
  readonly reject: (error: unknown) => void;
  settled: boolean;
}

/**
 * Smallest formatting job (characters) worth claiming before the main thread has formatted
 * anything: loading prettier costs it a quarter of a second, more than a small file costs the
 * worker.
 */
const HELP_MIN_CHARS = 32 * 1024;

export interface ThreadWorker extends PipelineWorker {
  /** Jobs done in-process because the worker failed or was gone (0 when all went well). */
  readonly fallbacks: number;
  /** Jobs the main thread claimed in `help()`. */
  readonly helped: number;
}

export function startWorker(): ThreadWorker {
  const claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
  const jobs: Job[] = [];
  const unposted: Job[] = [];
  let ready: Worker | undefined;
  let dead = false;
  let fallbacks = 0;
  let helped = 0;

  const claimHere = (job: Job): boolean =>
    !job.settled &&
    (!job.claimable ||
      job.id >= CLAIM_SLOTS ||
      Atomics.compareExchange(claims, job.id, UNCLAIMED, CLAIMED_BY_MAIN) === UNCLAIMED);

  function runHere(job: Job): Promise<void> {
    return job.inProcess().then(
      (files) => settle(job, files),
      (error: unknown) => {
        if (job.settled) return;
        job.settled = true;
        job.reject(error);
      },
    );
  }

  function settle(job: Job, files: EmittedFile[]): void {
    if (job.settled) return;
    job.settled = true;
    job.resolve(files);
  }

  /** The worker is gone or failed the job: the main thread does it (unless the worker had). */
  function fallBack(job: Job): void {
    if (job.settled) return;
    // A claimable job the worker failed is still marked as the worker's: take it over.
    if (job.claimable && job.id < CLAIM_SLOTS) Atomics.store(claims, job.id, CLAIMED_BY_MAIN);
    fallbacks++;
    void runHere(job);
  }

  function post(worker: Worker, job: Job): void {
    worker.postMessage({
      id: job.id,
      claimable: job.claimable && job.id < CLAIM_SLOTS,
      ...job.task,
    } as WorkerTask);
  }

  const die = (): void => {
    if (dead) return;
    dead = true;
    for (const job of jobs) {
      // Claimed by the worker and not answered, or never claimed: either way not done.
      if (
        !job.settled &&
        (!job.claimable || job.id >= CLAIM_SLOTS || claims[job.id] !== CLAIMED_BY_MAIN)
      ) {
        fallBack(job);
      }
    }
  };

  const started: Promise<Worker | undefined> = import("node:worker_threads")
    .then(({ Worker }) => {
      const worker = spawn(Worker, claims);
      worker.on("error", die);
      worker.on("exit", die);
      worker.on("message", (reply: WorkerReply) => {
        const job = jobs[reply.id - 1];
        if (!job) return;
        if (reply.ok) settle(job, reply.files);
        else fallBack(job); // do it in-process: an error there has a proper stack and message
      });
      ready = worker;
      for (const job of unposted.splice(0)) post(worker, job);
      return worker;
    })
    .catch(() => {
      die();
      return undefined;
    });

  function enqueue(
    task: Task,
    claimable: boolean,
    inProcess: () => Promise<EmittedFile[]>,
  ): Promise<EmittedFile[]> {
    return new Promise<EmittedFile[]>((resolve, reject) => {
      const size =
        task.task === "format" ? task.files.reduce((n, f) => n + f.contents.length, 0) : 0;
      const job: Job = {
        id: jobs.length + 1,
        task,
        claimable,
        size,
        inProcess,
        resolve,
        reject,
        settled: false,
      };
      jobs.push(job);
      if (dead) fallBack(job);
      else if (ready) post(ready, job);
      else unposted.push(job);
    });
  }

  function format(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
    // One job per file that prettier would change, so the two threads can share them.
    return Promise.all(
      files.map((file) =>
        needsFormatting(file)
          ? enqueue({ task: "format", files: [file] }, true, () => formatInProcess([file]))
          : Promise.resolve([{ ...file }]),
      ),
    ).then((lists) => lists.flat());
  }

  return {
    get fallbacks() {
      return fallbacks;
    },
    get helped() {
      return helped;
    },
    runtime() {
      return enqueue({ task: "runtime" }, false, runtimeInProcess);
    },
    async emitTypes(model) {
      // Posted before the first await: the worker starts while this thread emits the client.
      const input = typesInput(model);
      const [file] = await enqueue({ task: "types", input }, false, () => typesInProcess(input));
      if (!file) throw new Error("the types emitter returned no file");
      return { ...file, preformatted: true };
    },
    format,
    async help() {
      for (let i = jobs.length - 1; i >= 0; i--) {
        const job = jobs[i] as Job;
        if (!job.claimable || job.settled || (helped === 0 && job.size < HELP_MIN_CHARS)) continue;
        if (!claimHere(job)) continue;
        helped++;
        await runHere(job);
        i = jobs.length; // newer jobs may have been queued meanwhile
      }
    },
    async close() {
      const worker = await started;
      if (worker) {
        worker.off("exit", die);
        await worker.terminate();
      }
    },
  };
}

/**
 * Run from source (tsx), the worker registers tsx's loader before importing its module: Node 20
 * does not hand `--import` hooks to a worker in time for its entry module.
 */
function spawn(WorkerClass: typeof Worker, claims: Int32Array): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return new WorkerClass(url, { workerData: { claims } });
  const bootstrap = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new WorkerClass(bootstrap, { eval: true, workerData: { claims } });
}
