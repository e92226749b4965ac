/**
 * startWorker(): a worker thread for the CPU-heavy steps that do not depend on each other
 * (openapi-typescript, prettier), so they run on the second core while the main thread emits
 * the client and the validators. Every call falls back to doing the work in-process when the
 * worker cannot start or dies, so the output never depends on whether it ran.
 */
import type { Worker } from "node:worker_threads";
import type { ApiModel, EmittedFile } from "./model/types.js";
import type { WorkerReply, WorkerTask } from "./worker.js";

export interface PipelineWorker {
  /** types.d.ts, formatted. */
  emitTypes(model: ApiModel): Promise<EmittedFile>;
  format(files: readonly EmittedFile[]): Promise<EmittedFile[]>;
  close(): Promise<void>;
}

/** The same work on the calling thread (tests that run many specs in one process use this). */
export function inProcessWorker(): PipelineWorker {
  return {
    emitTypes: async (model) => {
      const [file] = await typesInProcess(model);
      if (!file) throw new Error("the types emitter returned no file");
      return { ...file, preformatted: true };
    },
    format: formatInProcess,
    close: async () => undefined,
  };
}

async function typesInProcess(model: ApiModel): Promise<EmittedFile[]> {
  const [{ emitTypes }, { formatFiles }] = await Promise.all([
    import("./emit/types.js"),
    import("./format.js"),
  ]);
  return formatFiles([await emitTypes(model)]);
}

async function formatInProcess(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const { formatFiles } = await import("./format.js");
  return formatFiles(files);
}

type Task = { task: "types"; model: ApiModel } | { task: "format"; files: readonly EmittedFile[] };

export function startWorker(): PipelineWorker {
  const pending = new Map<number, { resolve: (f: EmittedFile[]) => void; fallback: () => void }>();
  let nextId = 1;
  let dead = false;
  const die = (): void => {
    dead = true;
    for (const { fallback } of pending.values()) fallback();
    pending.clear();
  };
  const started: Promise<Worker | undefined> = import("node:worker_threads")
    .then(({ Worker }) => {
      const worker = spawn(Worker);
      worker.on("error", die);
      worker.on("exit", die);
      worker.on("message", (reply: WorkerReply) => {
        const job = pending.get(reply.id);
        pending.delete(reply.id);
        if (!job) return;
        if (reply.ok) job.resolve(reply.files);
        else job.fallback(); // do it in-process: an error there has a proper stack and message
      });
      return worker;
    })
    .catch(() => undefined);

  async function submit(
    task: Task,
    inProcess: () => Promise<EmittedFile[]>,
  ): Promise<EmittedFile[]> {
    const worker = await started;
    if (!worker || dead) return inProcess();
    return new Promise<EmittedFile[]>((resolve, reject) => {
      const id = nextId++;
      const fallback = (): void => void inProcess().then(resolve, reject);
      pending.set(id, { resolve, fallback });
      worker.postMessage({ id, ...task } as WorkerTask);
    });
  }

  return {
    async emitTypes(model) {
      const [file] = await submit({ task: "types", model }, () => typesInProcess(model));
      if (!file) throw new Error("the types emitter returned no file");
      return { ...file, preformatted: true };
    },
    format(files) {
      return submit({ task: "format", files }, () => formatInProcess(files));
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
function spawn(WorkerClass: typeof Worker): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  if (!fromSource) return new WorkerClass(url);
  const bootstrap = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new WorkerClass(bootstrap, { eval: true });
}
