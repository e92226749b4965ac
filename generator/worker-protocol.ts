/**
 * What the main thread and the pipeline's worker thread share (worker-client.ts, worker.ts):
 * one Int32 slot per job, claimed with a compare-and-swap by the thread that does the job.
 */
import type { TypeScriptSource } from "./emit/compile.js";
import type { TypesInput } from "./emit/types.js";
import type { EmittedFile } from "./model/types.js";

/** Jobs with an id below this can be claimed by either thread; later ones are the worker's. */
export const CLAIM_SLOTS = 4096;
export const UNCLAIMED = 0;
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_BY_MAIN = 2;

export type WorkerTask = { readonly id: number; readonly claimable: boolean } & (
  | { readonly task: "runtime" }
  | {
      readonly task: "compile";
      readonly sources: readonly TypeScriptSource[];
      readonly header: string;
    }
  | { readonly task: "types"; readonly input: TypesInput }
  | { readonly task: "format"; readonly files: readonly EmittedFile[] }
);

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly files: EmittedFile[] }
  | { readonly id: number; readonly ok: false; readonly message: string };
