// The worker of bench/worker-split.ts's "fixed split" variant: it loads typescript,
// openapi-typescript and prettier as soon as it starts (while the main thread reads the spec),
// then emits and formats types.d.ts, the one job it gets.
import { parentPort } from "node:worker_threads";

const dist = new URL("../../dist/", import.meta.url);
const ready = Promise.all([
  import(new URL("emit/types.js", dist)),
  import(new URL("format.js", dist)),
  import(new URL("heavy-modules.js", dist)),
]).then(([types, format, heavy]) => {
  heavy.loadOpenapiTypescript();
  heavy.loadTypeScript();
  return heavy.loadPrettier().then(() => ({ types, format, heavy }));
});

parentPort.once("message", async (input) => {
  try {
    const { types, format, heavy } = await ready;
    const [file] = await format.formatFiles([types.emitTypesFrom(input)], heavy.loadPrettier);
    parentPort.postMessage({ ok: true, file });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error) });
  }
});
