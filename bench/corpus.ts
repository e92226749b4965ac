/**
 * The real-world corpus (../shared/corpus, beside the checkout): every spec through the real
 * CLI, then the output checked the way a consumer would use it.
 *
 * Per spec:
 * 1. `dist/bin.js --spec <entry> --out <tmp>` (what `npm run generate` runs) in a child process.
 *    Unknown formats are warnings (one per format): their names are recorded.
 * 2. Exit 0: the package type-checks with `tsc --strict` (every .d.ts, the client's TypeScript
 *    source regenerated in memory against templates/runtime, and a small consumer that imports
 *    `createClient`, the types and a validator), and `validators.js` and `index.js` import in plain
 *    node, where every validator returns a boolean for `{}`, `null` and `[]`.
 *    Exit 2: every error names its place as `file:line:col`. Anything else (exit 3, a signal, a
 *    time-out, a stack trace on stderr) is a failure.
 *
 * `npm run corpus [-- NAME...]` prints a table; `run()` returns the rows.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** The corpus folder: `$CORPUS_DIR`, else `../shared/corpus` beside the checkout. */
export const CORPUS_DIR =
  process.env.CORPUS_DIR ?? fileURLToPath(new URL("../../shared/corpus/", import.meta.url));

export interface CorpusEntry {
  readonly name: string;
  /** Entry file, relative to the corpus folder. */
  readonly file: string;
  /** Listed with `known_issues` in MANIFEST.json. */
  readonly knownBad: boolean;
}

export function corpusEntries(dir: string = CORPUS_DIR): CorpusEntry[] {
  const manifest = path.join(dir, "MANIFEST.json");
  if (!existsSync(manifest)) return [];
  const entries = JSON.parse(readFileSync(manifest, "utf8")) as {
    name: string;
    file: string;
    known_issues?: unknown[];
  }[];
  return entries.map((e) => ({
    name: e.name,
    file: e.file,
    knownBad: Array.isArray(e.known_issues) && e.known_issues.length > 0,
  }));
}

/** One `file:line:col: error[code]: message` line of the CLI's stderr. */
export interface ErrorLine {
  readonly code: string;
  /** `file:line:col`, or undefined when the error has no position. */
  readonly where?: string;
  readonly message: string;
}

export interface CliRun {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly ms: number;
  readonly stderr: string;
  readonly errors: readonly ErrorLine[];
  /** `warning[unknown-format]` lines. */
  readonly formatWarnings: readonly string[];
  /** Stage timings printed by `--timings` (ms per stage). */
  readonly timings: readonly (readonly [string, number])[];
}

export interface SpecResult {
  readonly name: string;
  readonly knownBad: boolean;
  readonly operations?: number;
  readonly schemas?: number;
  readonly validators?: number;
  /** Wall time of the CLI process that produced the result (ms). */
  readonly generateMs?: number;
  readonly typecheckMs?: number;
  readonly status: "ok" | "rejected" | "fail";
  /** rejected: the distinct error codes; fail: why. */
  readonly detail: string;
  /** The first error, as printed (rejections). */
  readonly firstError?: string;
  /** The unknown formats warned about (checked by type alone), when there are any. */
  readonly unknownFormats?: {
    readonly firstWarning: string;
    readonly formats: readonly string[];
  };
}

export interface CheckOptions {
  readonly corpusDir?: string;
  /** Scratch folder (created when absent); removed by the caller. */
  readonly temp: string;
  /** Per child process (ms). */
  readonly timeout?: number;
}

const ERROR_LINE = /^(?:(.+?:\d+:\d+): )?error\[([\w-]+)\]: (.*)$/;
const WARNING_LINE = /^(?:(.+?:\d+:\d+): )?warning\[unknown-format\]: (.*)$/;
/** A V8 stack frame as printed in a stack trace. */
const STACK_FRAME = /^\s+at .+[(:]\d+:\d+\)?$/m;

function parseErrors(stderr: string): ErrorLine[] {
  const errors: ErrorLine[] = [];
  for (const line of stderr.split("\n")) {
    const match = ERROR_LINE.exec(line);
    if (match) {
      errors.push({
        code: match[2] as string,
        message: match[3] as string,
        ...(match[1] !== undefined ? { where: match[1] } : {}),
      });
    }
  }
  return errors;
}

function parseTimings(stderr: string): [string, number][] {
  const out: [string, number][] = [];
  for (const match of stderr.matchAll(
    /^\s*(\d+) ms {2}(.+?)(?: \((?:main thread|validators worker)\))?$/gm,
  ))
    out.push([match[2] as string, Number(match[1])]);
  return out;
}

export interface ChildResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a child process to its end (or kills it at the time-out). */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, CI: "1", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeout ?? 300_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      resolve({ exitCode, signal, timedOut, ms, stdout, stderr });
    });
  });
}

/** The generator CLI, as `npm run generate` runs it (minus npm). */
export async function generate(
  spec: string,
  out: string,
  flags: readonly string[] = [],
  timeout?: number,
): Promise<CliRun> {
  const child = await runChild(
    process.execPath,
    ["dist/bin.js", "--spec", spec, "--out", out, "--timings", ...flags],
    timeout !== undefined ? { timeout } : {},
  );
  return {
    exitCode: child.exitCode,
    signal: child.signal,
    timedOut: child.timedOut,
    ms: child.ms,
    stderr: child.stderr,
    errors: parseErrors(child.stderr),
    formatWarnings: child.stderr.split("\n").filter((l) => WARNING_LINE.test(l)),
    timings: parseTimings(child.stderr),
  };
}

function firstErrorText(run: CliRun): string {
  const e = run.errors[0];
  return e ? `${e.where ?? "(no position)"}: error[${e.code}]: ${e.message}` : "";
}

/** Why a CLI run is not a clean success or a clean rejection, if it is not. */
function crashReason(run: CliRun): string | undefined {
  if (run.timedOut) return `timed out after ${Math.round(run.ms / 1000)} s`;
  if (run.signal) return `killed by ${run.signal}`;
  if (run.exitCode !== 0 && run.exitCode !== 2) {
    const internal = run.errors.find((e) => e.code === "internal-error");
    return `exit ${run.exitCode}${internal ? `: ${internal.message}` : ""}`;
  }
  if (STACK_FRAME.test(run.stderr)) return "stack trace on stderr";
  if (run.exitCode === 2) {
    if (run.errors.length === 0) return "exit 2 without an error diagnostic";
    const unplaced = run.errors.find((e) => e.where === undefined);
    if (unplaced)
      return `error without file:line:col: error[${unplaced.code}]: ${unplaced.message}`;
  }
  return undefined;
}

function unknownFormatNames(run: CliRun): string[] {
  const names = new Set<string>();
  for (const line of run.formatWarnings) {
    const match = /Unknown format ("(?:[^"\\]|\\.)*")/.exec(line);
    if (match) names.add(JSON.parse(match[1] as string) as string);
  }
  return [...names].sort();
}

/** Generates one corpus spec and checks the result (see the module comment). */
export async function checkSpec(entry: CorpusEntry, options: CheckOptions): Promise<SpecResult> {
  const corpusDir = options.corpusDir ?? CORPUS_DIR;
  const spec = path.join(corpusDir, entry.file);
  const out = path.join(options.temp, entry.name);
  const base = { name: entry.name, knownBad: entry.knownBad };

  const run = await generate(spec, out, [], options.timeout);
  const formats = unknownFormatNames(run);
  const common = {
    ...base,
    generateMs: run.ms,
    ...(formats.length > 0
      ? { unknownFormats: { formats, firstWarning: run.formatWarnings[0] ?? "" } }
      : {}),
  };
  const problem = crashReason(run);
  if (problem) return { ...common, status: "fail", detail: problem };
  if (run.exitCode === 2) {
    const codes = [...new Set(run.errors.map((e) => e.code))].sort();
    return {
      ...common,
      status: "rejected",
      detail: codes.join(", "),
      firstError: firstErrorText(run),
    };
  }

  try {
    const { operations, schemas, firstSchema } = await clientFor(spec);
    const counts = { operations, schemas };
    const files = await readdir(out);
    for (const required of [
      "index.js",
      "index.d.ts",
      "client.js",
      "client.d.ts",
      "types.d.ts",
      "validators.js",
      "validators.d.ts",
      "package.json",
    ]) {
      if (!files.includes(required))
        return { ...common, ...counts, status: "fail", detail: `no ${required} in the output` };
    }
    const typecheck = await typeCheck(
      out,
      path.join(options.temp, `${entry.name}-tsc`),
      firstSchema,
      options.timeout,
    );
    if (typecheck.errors) {
      return {
        ...common,
        ...counts,
        typecheckMs: typecheck.ms,
        status: "fail",
        detail: `tsc: ${typecheck.errors}`,
      };
    }
    const imported = await importInNode(out, options.timeout);
    if (typeof imported === "string") {
      return { ...common, ...counts, typecheckMs: typecheck.ms, status: "fail", detail: imported };
    }
    return {
      ...common,
      ...counts,
      validators: imported,
      typecheckMs: typecheck.ms,
      status: "ok",
      detail: "",
    };
  } catch (error) {
    return {
      ...common,
      status: "fail",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

interface ClientInfo {
  readonly operations: number;
  readonly schemas: number;
  /** The first component schema: its type name and validator. */
  readonly firstSchema?: { readonly identifier: string; readonly validatorName: string };
}

/** The counts and the first schema, from the generator's own modules. */
async function clientFor(spec: string): Promise<ClientInfo> {
  const { load } = await import("../generator/load.js");
  const { buildModel } = await import("../generator/model/build.js");
  const loaded = await load(spec);
  const model = loaded.spec && buildModel(loaded.spec).model;
  if (!model) throw new Error("the spec generated but does not build a model in-process");
  const first = model.schemas[0];
  return {
    operations: model.operations.length,
    schemas: model.schemas.length,
    ...(first
      ? { firstSchema: { identifier: first.identifier, validatorName: first.validatorName } }
      : {}),
  };
}

/**
 * TypeScript 7, the native compiler: the same verdicts as tsc 5.9 on every golden and corpus
 * package (compared when it was adopted), in about a third of the time.
 */
export const TSGO = path.join(ROOT, "node_modules/@typescript/native-preview/bin/tsgo");

/** The compiler options of test/golden/typecheck.test.ts. */
export const TSC_OPTIONS = {
  strict: true,
  noEmit: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  types: [],
  skipLibCheck: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
};

function consumerSource(firstSchema: ClientInfo["firstSchema"]): string {
  const lines = [
    'import { createClient, type Client } from "./index.js";',
    'import type { paths, webhooks } from "./index.js";',
  ];
  if (firstSchema) {
    lines.push(
      `import { ${firstSchema.validatorName}, type ${firstSchema.identifier} } from "./index.js";`,
    );
  }
  lines.push(
    "",
    "declare const options: Parameters<typeof createClient>[0];",
    "export const client: Client = createClient(options);",
    "export type PathKeys = keyof paths;",
    "export type WebhookKeys = keyof webhooks;",
  );
  if (firstSchema) {
    lines.push(
      `export function narrow(value: unknown): ${firstSchema.identifier} | undefined {`,
      `  if (${firstSchema.validatorName}(value)) {`,
      `    const typed: ${firstSchema.identifier} = value;`,
      "    return typed;",
      "  }",
      `  return ${firstSchema.validatorName}.errors ? undefined : undefined;`,
      "}",
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * `tsc --strict` over the package's declarations, a consumer, and client.js under `checkJs`
 * against the runtime's source (its JSDoc tags type `api` and the descriptors; its untyped
 * parameters, TS7006, are expected in plain JS).
 */
async function typeCheck(
  out: string,
  dir: string,
  firstSchema: ClientInfo["firstSchema"],
  timeout?: number,
): Promise<{ ms: number; errors?: string }> {
  await rm(dir, { recursive: true, force: true });
  await cp(out, dir, { recursive: true });
  await mkdir(path.join(dir, "src"));
  await cp(path.join(ROOT, "templates/runtime"), path.join(dir, "src/runtime"), {
    recursive: true,
  });
  await cp(path.join(dir, "types.d.ts"), path.join(dir, "src/types.d.ts"));
  await cp(path.join(dir, "validators.d.ts"), path.join(dir, "src/validators.d.ts"));
  // types.d.ts imports the enums' declarations (when the spec names enums).
  if (existsSync(path.join(dir, "enums.d.ts"))) {
    await cp(path.join(dir, "enums.d.ts"), path.join(dir, "src/enums.d.ts"));
  }
  await cp(path.join(dir, "client.js"), path.join(dir, "src/client.js"));
  await writeFile(path.join(dir, "consumer.ts"), consumerSource(firstSchema));
  const config = {
    compilerOptions: { ...TSC_OPTIONS, allowJs: true, checkJs: true },
    include: ["**/*.d.ts", "src/**/*.ts", "src/client.js", "consumer.ts"],
  };
  await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify(config));
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
  const result = await runChild(
    process.execPath,
    [TSGO, "-p", path.join(dir, "tsconfig.json")],
    timeout !== undefined ? { timeout } : {},
  );
  const output = (result.stdout + result.stderr)
    .split("\n")
    .filter((l) => !/src\/client\.js\(\d+,\d+\): error TS7006:/.test(l))
    .join("\n")
    .trim();
  if (output === "") return { ms: result.ms };
  const lines = output.split("\n").filter((l) => /error TS\d+/.test(l));
  return {
    ms: result.ms,
    errors: `${lines.length} errors; first: ${(lines[0] ?? output.slice(0, 300)).trim()}`,
  };
}

const IMPORT_SCRIPT = `
const [validatorsUrl, indexUrl] = process.argv.slice(1);
const validators = await import(validatorsUrl);
let count = 0;
for (const [name, fn] of Object.entries(validators)) {
  if (typeof fn !== "function") continue;
  for (const value of [{}, null, []]) {
    const result = fn(value);
    if (typeof result !== "boolean") throw new Error(name + " returned " + typeof result);
  }
  count++;
}
const entry = await import(indexUrl);
if (typeof entry.createClient !== "function") throw new Error("index.js exports no createClient");
process.stdout.write(String(count));
`;

/** Imports validators.js and index.js in a plain node; the number of validators, or why not. */
async function importInNode(out: string, timeout?: number): Promise<number | string> {
  const result = await runChild(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      IMPORT_SCRIPT,
      pathToFileURL(path.join(out, "validators.js")).href,
      pathToFileURL(path.join(out, "index.js")).href,
    ],
    { cwd: out, ...(timeout !== undefined ? { timeout } : {}) },
  );
  if (result.exitCode !== 0) {
    const message =
      result.stderr.split("\n").find((l) => /Error/.test(l)) ?? result.stderr.slice(0, 300);
    return `node import: ${message.trim()}`;
  }
  return Number(result.stdout);
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? "-" : `${(ms / 1000).toFixed(1)} s`;
}

export function statusText(result: SpecResult): string {
  if (result.status === "ok") return result.unknownFormats ? "ok (unknown formats warned)" : "ok";
  if (result.status === "rejected") return `rejected: ${result.detail}`;
  return `FAIL: ${result.detail}`;
}

export function formatTable(results: readonly SpecResult[]): string {
  const header = [
    "spec",
    "operations",
    "schemas",
    "validators",
    "generate",
    "type-check",
    "status",
  ];
  const rows = results.map((r) => [
    r.name + (r.knownBad ? " (known-bad)" : ""),
    r.operations === undefined ? "-" : String(r.operations),
    r.schemas === undefined ? "-" : String(r.schemas),
    r.validators === undefined ? "-" : String(r.validators),
    seconds(r.generateMs),
    seconds(r.typecheckMs),
    statusText(r),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] as string).length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i >= 1 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const out = [
    line(header),
    `|${widths.map((w, i) => (i >= 1 && i <= 5 ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|")}|`,
  ];
  out.push(...rows.map(line));
  const notes: string[] = [];
  for (const r of results) {
    if (r.unknownFormats) {
      notes.push(
        `${r.name}: unknown formats ${r.unknownFormats.formats.map((f) => JSON.stringify(f)).join(", ")} ` +
          `(checked by type alone); first: ${r.unknownFormats.firstWarning}`,
      );
    }
    if (r.firstError) notes.push(`${r.name} rejected: ${r.firstError}`);
  }
  return [...out, ...(notes.length ? ["", ...notes] : [])].join("\n");
}

export async function run(names: readonly string[] = []): Promise<SpecResult[]> {
  const entries = corpusEntries().filter((e) => names.length === 0 || names.includes(e.name));
  if (entries.length === 0) {
    console.log(`corpus: nothing to run (${CORPUS_DIR} has no MANIFEST.json or no such entries)`);
    return [];
  }
  const temp = await mkdtemp(path.join(tmpdir(), "corpus-"));
  const results: SpecResult[] = [];
  const started = performance.now();
  try {
    for (const entry of entries) {
      const result = await checkSpec(entry, { temp });
      results.push(result);
      console.error(
        `${entry.name}: ${statusText(result)} (${seconds(result.generateMs)} + ${seconds(result.typecheckMs)})`,
      );
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  console.log(formatTable(results));
  console.log(`\n${results.length} specs in ${seconds(performance.now() - started)}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const results = await run(process.argv.slice(2));
  const failed = results.filter(
    (r) => r.status === "fail" || (r.status === "rejected" && !r.knownBad),
  );
  process.exitCode = failed.length > 0 ? 1 : 0;
}
