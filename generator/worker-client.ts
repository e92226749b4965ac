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
import type { TypeScriptSource } from "./emit/compile.js";
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
  /** TypeScript sources compiled to .js + .d.ts (`compileTypeScript`), formatted. */
  compile(sources: readonly TypeScriptSource[], header: string): Promise<EmittedFile[]>;
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
    compile: compileInProcess,
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

async function compileInProcess(
  sources: readonly TypeScriptSource[],
  header: string,
): Promise<EmittedFile[]> {
  const [{ compileTypeScript }, { formatFiles }] = await Promise.all([
    import("./emit/compile.js"),
    import("./format.js"),
  ]);
  return formatFiles(await compileTypeScript(sources, header));
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
  | { task: "compile"; sources: readonly TypeScriptSource[]; header: string }
  | { task: "types"; input: TypesInput }
  | { task: "format"; files: readonly EmittedFile[] };

interface Job {
  readonly id: number;
  readonly task: Task;
  /**
   * Whether the main thread may claim it in `help()`: "always" (the client's compile, which it
   * can do as fast as the worker), "big" (formatting, when the file is big or prettier is warm
   * on the main thread), or "never".
   */
  readonly claimable: "always" | "big" | "never";
  readonly size: number;
  readonly inProcess: () => Promise<EmittedFile[]>;
  /** `here`: done on the main thread (by `inProcess`), not by the worker. */
  readonly resolve: (files: EmittedFile[], here: boolean) => void;
  readonly reject: (error: unknown) => void;
  settled: boolean;
}

/**
 * Smallest formatting job (characters) worth claiming before the main thread has formatted
 * anything: prettier and its plugins cost it half a second to load and warm up, more than a
 * file below this size costs the worker, which has them warm.
 */
const HELP_MIN_CHARS = 96 * 1024;

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
  let formattedHere = false;

  const shared = (job: Job): boolean => job.claimable !== "never" && job.id < CLAIM_SLOTS;
  const claimHere = (job: Job): boolean =>
    !job.settled &&
    shared(job) &&
    Atomics.compareExchange(claims, job.id, UNCLAIMED, CLAIMED_BY_MAIN) === UNCLAIMED;

  function runHere(job: Job): Promise<void> {
    return job.inProcess().then(
      (files) => settle(job, files, true),
      (error: unknown) => {
        if (job.settled) return;
        job.settled = true;
        job.reject(error);
      },
    );
  }

  function settle(job: Job, files: EmittedFile[], here: boolean): void {
    if (job.settled) return;
    job.settled = true;
    job.resolve(files, here);
  }

  /** The worker is gone or failed the job: the main thread does it (unless the worker had). */
  function fallBack(job: Job): void {
    if (job.settled) return;
    // A shared job the worker failed is still marked as the worker's: take it over.
    if (shared(job)) Atomics.store(claims, job.id, CLAIMED_BY_MAIN);
    fallbacks++;
    void runHere(job);
  }

  function post(worker: Worker, job: Job): void {
    worker.postMessage({
      id: job.id,
      claimable: shared(job),
      ...job.task,
    } as WorkerTask);
  }

  const die = (): void => {
    if (dead) return;
    dead = true;
    for (const job of jobs) {
      // Claimed by the worker and not answered, or never claimed: either way not done.
      if (!job.settled && (!shared(job) || claims[job.id] !== CLAIMED_BY_MAIN)) {
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
        if (reply.ok) settle(job, reply.files, false);
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
    claimable: Job["claimable"],
    inProcess: () => Promise<EmittedFile[]>,
  ): Promise<EmittedFile[]> {
    return enqueueWhere(task, claimable, inProcess).then(({ files }) => files);
  }

  function enqueueWhere(
    task: Task,
    claimable: Job["claimable"],
    inProcess: () => Promise<EmittedFile[]>,
  ): Promise<{ files: EmittedFile[]; here: boolean }> {
    return new Promise((resolve, reject) => {
      const size =
        task.task === "format" ? task.files.reduce((n, f) => n + f.contents.length, 0) : 0;
      const job: Job = {
        id: jobs.length + 1,
        task,
        claimable,
        size,
        inProcess,
        resolve: (files, here) => resolve({ files, here }),
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
          ? enqueue({ task: "format", files: [file] }, "big", () => {
              formattedHere = true;
              return formatInProcess([file]);
            })
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
      return enqueue({ task: "runtime" }, "never", runtimeInProcess);
    },
    async compile(sources, header) {
      // The worker compiles and formats. Claimed by the main thread (the worker is still busy
      // with the types), it compiles here and hands the formatting back to the pool.
      const { files, here } = await enqueueWhere(
        { task: "compile", sources, header },
        "always",
        async () => {
          const { compileTypeScript } = await import("./emit/compile.js");
          return compileTypeScript(sources, header);
        },
      );
      return here ? format(files) : files;
    },
    async emitTypes(model) {
      // Posted before the first await: the worker starts while this thread emits the client.
      const input = typesInput(model);
      const [file] = await enqueue({ task: "types", input }, "never", () => typesInProcess(input));
      if (!file) throw new Error("the types emitter returned no file");
      return { ...file, preformatted: true };
    },
    format,
    async help() {
      // The oldest "always" job first, then formatting, newest first (the worker works from the
      // oldest). Jobs queued meanwhile are seen on the next round.
      const pick = (): Job | undefined =>
        jobs.find((job) => job.claimable === "always" && claimHere(job)) ??
        [...jobs]
          .reverse()
          .find(
            (job) =>
              job.claimable === "big" &&
              (formattedHere || job.size >= HELP_MIN_CHARS) &&
              claimHere(job),
          );
      for (let job = pick(); job; job = pick()) {
        helped++;
        await runHere(job);
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
