/**
 * Does a second thread pay? `generate` (run() of the build, through bench/split/run.mjs) with the
 * validators emitted on the worker thread (the CLI's path) against the same run with every stage
 * on the main thread, next to the openapi-typescript CLI (types only) on the same spec, on our
 * spec and the Stripe-sized corpus specs. Paired rounds: each round runs the three once (the two
 * variants of ours in alternating order); both variants must write the same bytes (checked every
 * round). Wall time, CPU time and peak RSS of the whole process (worker included): medians, ratios.
 *
 * `npx tsx bench/worker-split.ts [NAME...]` (ours, box, twilio-api-v2010, digitalocean);
 * BENCH_ROUNDS (default 5).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CORPUS_DIR } from "./corpus.js";
import { median } from "./generate.js";
import { describeFailure, measureNode, table, type Measured } from "./measure.js";
import { LARGE_CORPUS } from "./scale.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNNER = join(ROOT, "bench/split/run.mjs");
const SPECS: readonly { name: string; file: string }[] = [
  { name: "ours", file: join(ROOT, "spec/openapi.yaml") },
  ...["box", "twilio-api-v2010", "digitalocean"].map((name) => {
    const entry = LARGE_CORPUS.find((e) => e.name === name)!;
    return { name, file: join(CORPUS_DIR, entry.file) };
  }),
];
const O_TS = "openapi-typescript CLI";
const MAIN = "ours, one thread";
const SPLIT = "ours, validators on a worker";

function sameTrees(a: string, b: string): void {
  const list = (d: string): string[] =>
    readdirSync(d, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(d.length))
      .sort();
  const files = list(a);
  if (files.join() !== list(b).join()) throw new Error("the variants wrote different files");
  for (const f of files) {
    if (!readFileSync(a + f).equals(readFileSync(b + f))) throw new Error(`${f} differs`);
  }
}

/** Every round: openapi-typescript, then our two variants in an order that alternates. */
async function measureSpec(spec: string, rounds: number): Promise<Map<string, Measured[]>> {
  const samples = new Map<string, Measured[]>([O_TS, MAIN, SPLIT].map((n) => [n, []]));
  const oTs = (dir: string): Promise<Measured> =>
    measureNode(
      [],
      join(ROOT, "node_modules/openapi-typescript/bin/cli.js"),
      [spec, "-o", join(dir, "schema.d.ts")],
      { cwd: dir, timeout: 600_000 },
    );
  const ours = (thread: "main" | "worker") => (dir: string) =>
    measureNode([], RUNNER, [spec, join(dir, thread), thread], { timeout: 600_000 });
  for (let round = -1; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-split-"));
    try {
      const order: [string, (dir: string) => Promise<Measured>][] = [
        [MAIN, ours("main")],
        [SPLIT, ours("worker")],
      ];
      if (round % 2 !== 0) order.reverse();
      for (const [name, measure] of [[O_TS, oTs] as const, ...order]) {
        const m = await measure(dir);
        const failure = describeFailure(m);
        if (failure) throw new Error(`${name}: ${failure}`);
        if (round >= 0) samples.get(name)!.push(m); // round -1 warms the disk cache
      }
      sameTrees(join(dir, "main"), join(dir, "worker"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return samples;
}

export async function run(
  names: readonly string[] = process.argv.slice(2),
  rounds = Number(process.env["BENCH_ROUNDS"] ?? 5),
): Promise<void> {
  const rows: string[][] = [];
  for (const { name, file } of SPECS) {
    if ((names.length > 0 && !names.includes(name)) || !existsSync(file)) continue;
    const samples = await measureSpec(file, rounds);
    const of = (n: string, key: "ms" | "maxRssMb" | "cpuMs"): number =>
      median(samples.get(n)!.map((m) => m[key] ?? NaN));
    // The median of the rounds' own split / one-thread ratios (each pair ran back to back).
    const paired = median(samples.get(SPLIT)!.map((m, i) => m.ms / samples.get(MAIN)![i]!.ms));
    const x = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
    const sec = (ms: number): string => (ms / 1000).toFixed(2);
    rows.push([
      name,
      sec(of(O_TS, "ms")),
      sec(of(MAIN, "ms")),
      sec(of(SPLIT, "ms")),
      x(of(SPLIT, "ms"), of(MAIN, "ms")),
      `${paired.toFixed(2)}×`,
      x(of(MAIN, "ms"), of(O_TS, "ms")),
      x(of(SPLIT, "ms"), of(O_TS, "ms")),
      x(of(SPLIT, "cpuMs"), of(MAIN, "cpuMs")),
      of(O_TS, "maxRssMb").toFixed(0),
      of(MAIN, "maxRssMb").toFixed(0),
      of(SPLIT, "maxRssMb").toFixed(0),
      x(of(MAIN, "maxRssMb"), of(O_TS, "maxRssMb")),
      x(of(SPLIT, "maxRssMb"), of(O_TS, "maxRssMb")),
    ]);
  }
  console.log(`\n## worker split: medians of ${rounds} paired rounds\n`);
  const header = ["spec", "o-ts s", "one s", "split s", "split/one", "paired split/one"];
  header.push("one/o-ts", "split/o-ts", "split/one CPU", "o-ts MB", "one MB", "split MB");
  header.push("one RSS/o-ts", "split RSS/o-ts");
  console.log(table(header, rows));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
