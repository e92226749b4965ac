/**
 * The second core's share of the pipeline. Loads prettier, openapi-typescript and typescript at
 * once (while the main thread loads and checks the spec), then does its jobs one at a time, in
 * the order they come: compile and format the runtime (when it is not cached), emit and format
 * types.d.ts, compile and format the client, format a file. A formatting job is skipped when the main thread has claimed it
 * (see worker-client.ts): the claim is a compare-and-swap on the job's shared slot.
 */
import { parentPort, workerData } from "node:worker_threads";
import { formatFiles } from "./format.js";
import type { EmittedFile } from "./model/types.js";
import {
  CLAIMED_BY_WORKER,
  UNCLAIMED,
  type WorkerReply,
  type WorkerTask,
} from "./worker-protocol.js";

const warm = Promise.all([
  import("prettier"),
  import("./emit/types.js"),
  import("./emit/runtime.js"),
  import("./emit/compile.js"),
  import("openapi-typescript"),
]);

const claims = (workerData as { claims?: Int32Array } | null)?.claims;

async function perform(message: WorkerTask): Promise<EmittedFile[]> {
  const [, { emitTypesFrom }, { emitRuntime }, { compileTypeScript }] = await warm;
  switch (message.task) {
    case "runtime":
      return formatFiles(await emitRuntime());
    case "compile":
      return formatFiles(await compileTypeScript(message.sources, message.header));
    case "types":
      return formatFiles([await emitTypesFrom(message.input)]);
    case "format":
      return formatFiles(message.files);
    default: {
      const never: never = message;
      throw new Error(`unknown task ${JSON.stringify(never)}`);
    }
  }
}

/** One job at a time, in order; a claimable job the main thread took is skipped. */
let chain: Promise<void> = Promise.resolve();

parentPort?.on("message", (message: WorkerTask) => {
  chain = chain.then(async () => {
    // Claimed only when the worker can start on it: until then the main thread may take it.
    await warm.catch(() => undefined);
    const mine =
      !message.claimable ||
      !claims ||
      Atomics.compareExchange(claims, message.id, UNCLAIMED, CLAIMED_BY_WORKER) === UNCLAIMED;
    if (!mine) return;
    try {
      const files = await perform(message);
      parentPort?.postMessage({ id: message.id, ok: true, files } satisfies WorkerReply);
    } catch (error) {
      parentPort?.postMessage({
        id: message.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply);
    }
  });
});
