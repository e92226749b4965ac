// bench/worker-split.ts's "fixed split" variant of `generate`: the same stages as dist/index.js,
// with types.d.ts (openapi-typescript + prettier) emitted on one worker thread while this thread
// emits and formats the rest. Usage: node bench/split/run.mjs SPEC OUT
import { Worker } from "node:worker_threads";

const dist = new URL("../../dist/", import.meta.url);
const load = (file) => import(new URL(file, dist));
const [spec, out] = process.argv.slice(2);

const worker = new Worker(new URL("./worker.mjs", import.meta.url));
const stage = await load("stages.js");
const runtime = stage.runtimeStage();
const { spec: loaded } = await stage.loadStage(spec);
await stage.checkStage(loaded);
const { model } = await stage.modelStage(loaded);

const typesModule = await load("emit/types.js");
const types = new Promise((resolve, reject) => {
  worker.once("message", (m) => (m.ok ? resolve(m.file) : reject(new Error(m.message))));
  worker.postMessage(typesModule.typesInput(model));
});

const [{ codeHeader }, { compileTypeScript }, { emitClientSource }, pkg, { emitReadme }] =
  await Promise.all([
    load("emit/header.js"),
    load("emit/compile.js"),
    load("emit/client.js"),
    load("emit/package-files.js"),
    load("emit/readme.js"),
  ]);
const { DEFAULT_TUNING, emitValidators } = await load("emit/validators.js");
const header = codeHeader(model);
const client = await compileTypeScript(
  [{ path: "client", source: await emitClientSource(model) }],
  header,
);
const validators = emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: true });
const rest = [
  ...client,
  ...(await runtime).map((f) => ({ ...f, contents: header + f.contents })),
  ...validators.files.map((f) => ({ ...f, contents: header + f.contents, preformatted: true })),
  ...pkg.emitEntry(model),
  pkg.emitPackageJson(model),
  emitReadme(model),
];
const formatted = await stage.formatStage(rest);
const { sortFiles } = await load("emit/index.js");
const files = sortFiles([await types, ...formatted]);
await worker.terminate();
const all = await stage.withManifest(files, loaded, { strictFormats: false });
await stage.writeStage(all, out, { check: false, foreign: [] });
