/**
 * The second core's share of the pipeline. Imports openapi-typescript and prettier at once
 * (while the main thread loads and checks the spec), then serves two tasks: emit types.d.ts
 * (and format it), and format a batch of files.
 */
import { parentPort } from "node:worker_threads";
import { formatFiles } from "./format.js";
import type { ApiModel, EmittedFile } from "./model/types.js";

export type WorkerTask =
  | { readonly id: number; readonly task: "types"; readonly model: ApiModel }
  | { readonly id: number; readonly task: "format"; readonly files: readonly EmittedFile[] };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly files: EmittedFile[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

const warm = Promise.all([import("prettier"), import("./emit/types.js")]);

async function perform(message: WorkerTask): Promise<EmittedFile[]> {
  const [, { emitTypes }] = await warm;
  switch (message.task) {
    case "types":
      return formatFiles([await emitTypes(message.model)]);
    case "format":
      return formatFiles(message.files);
    default: {
      const never: never = message;
      throw new Error(`unknown task ${JSON.stringify(never)}`);
    }
  }
}

parentPort?.on("message", (message: WorkerTask) => {
  perform(message).then(
    (files) => parentPort?.postMessage({ id: message.id, ok: true, files } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
