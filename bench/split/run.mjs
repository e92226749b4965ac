// bench/worker-split.ts's runner: `generate` of the build (dist/) on one spec, two ways.
// - main: run() (dist/index.js), every stage on the main thread, as the CLI runs it;
// - worker: the same stages (dist/stages.js) with the validators emitted on one worker thread
//   (./worker.mjs: started before the spec is read so it loads ajv meanwhile, sent the model once
//   it is built) while this thread emits the types, the client and the rest; emitPackage takes
//   the validators as an input. Any worker failure: the validators are emitted here instead.
// Usage: node bench/split/run.mjs SPEC OUT main|worker
import { Worker } from "node:worker_threads";

const load = (file) => import(new URL(`../../dist/${file}`, import.meta.url).href);
const [spec, out, thread] = process.argv.slice(2);

if (thread === "main") {
  const { run } = await load("index.js");
  const result = await run({ spec, out, check: false });
  done(result.exitCode, result.diagnostics);
} else {
  const worker = new Worker(new URL("./worker.mjs", import.meta.url), { execArgv: [] });
  worker.unref();
  // The main thread does not load ajv (unless the worker fails).
  const [stage, { guardOutput }, { generatorIdentity }, { isUpToDate }, emit] = await Promise.all([
    load("stages.js"),
    load("out-guard.js"),
    load("fingerprint.js"),
    load("up-to-date.js"),
    load("emit/index.js"),
  ]);
  const target = await guardOutput({ spec, out, force: false });
  if ("code" in target) done(2, [target]);
  const options = { strictFormats: false };
  const generator = await generatorIdentity();
  if (await isUpToDate({ spec, out, options, generator })) done(0, []);
  const loaded = await stage.loadStage(spec);
  const diagnostics = [...loaded.diagnostics, ...(await stage.checkStage(loaded.spec))];
  const built = await stage.modelStage(loaded.spec);
  if (!built.model) done(2, [...diagnostics, ...built.diagnostics]);
  const model = built.model;
  const made = onWorker(worker, model, options).catch(async () => {
    const { DEFAULT_TUNING, emitValidators } = await load("emit/validators.js");
    return emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: true });
  });
  const runtime = await stage.runtimeStage();
  const emitted = await emit.emitPackage(model, { runtime, validators: made });
  void worker.terminate();
  const formatted = await stage.formatStage(emitted.files);
  const files = await stage.withManifest(formatted, loaded.spec, options);
  await stage.writeStage(files, out, { check: false, foreign: target.foreign });
  done(0, [...diagnostics, ...built.diagnostics, ...emitted.diagnostics]);
}

function onWorker(worker, model, options) {
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the worker exited (code ${code})`)));
    worker.once("message", (reply) => (reply.ok ? resolve(reply.result) : reject(reply.message)));
    worker.postMessage({ model, strictFormats: options.strictFormats });
  });
}

function done(exitCode, diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0)
    process.stderr.write(errors.map((d) => `error[${d.code}]: ${d.message}`).join("\n") + "\n");
  process.exit(errors.length > 0 ? exitCode || 2 : exitCode);
}
