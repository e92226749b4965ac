// The worker of bench/split/run.mjs's split variant: it loads ajv and the validators emitter as
// soon as it starts, then runs its one job, emitValidators on the model it is sent.
import { parentPort } from "node:worker_threads";

const emitter = import(new URL("../../dist/emit/validators.js", import.meta.url).href);
emitter.catch(() => undefined); // reported when the job comes

parentPort.once("message", async ({ model, strictFormats }) => {
  try {
    const { DEFAULT_TUNING, emitValidators } = await emitter;
    const result = emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: !strictFormats });
    parentPort.postMessage({ ok: true, result });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error) });
  }
});
