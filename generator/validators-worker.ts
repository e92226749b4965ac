/**
 * The validators worker (started by validators-job.ts): it loads ajv and the validators emitter
 * as soon as it starts, while the main thread reads the spec, then runs its one job,
 * `emitValidators` on the model it is sent, and replies with the result and its own laps.
 */
import { parentPort } from "node:worker_threads";
import type { ApiModel } from "./model/types.js";
import type { Lap } from "./timings.js";

export interface ValidatorsRequest {
  readonly model: ApiModel;
  readonly strictFormats: boolean;
  /** When the main thread posted the model (`performance.timeOrigin + performance.now()`). */
  readonly sentAt: number;
}

const started = performance.now();
const emitter = import("./emit/validators.js");
const loadedAt = emitter.then(() => performance.now());
// A failed load is reported when the job comes, not as an unhandled rejection before.
loadedAt.catch(() => undefined);

parentPort?.once("message", (request: ValidatorsRequest) => {
  const now = (): number => performance.timeOrigin + performance.now();
  const laps: Lap[] = [["receive model", Math.round(now() - request.sentAt), "validators worker"]];
  emit(request, laps).then(
    (result) => parentPort?.postMessage({ ok: true, result, laps }),
    (error: unknown) => parentPort?.postMessage({ ok: false, message: String(error) }),
  );
});

async function emit(request: ValidatorsRequest, laps: Lap[]) {
  const { DEFAULT_TUNING, emitValidators } = await emitter;
  laps.push(["load ajv", Math.round((await loadedAt) - started), "validators worker"]);
  const start = performance.now();
  const result = emitValidators(request.model, DEFAULT_TUNING, {
    acceptUnknownFormats: !request.strictFormats,
  });
  laps.push(["validators", Math.round(performance.now() - start), "validators worker"]);
  return result;
}
