/**
 * `generate` on our spec (spec/openapi.yaml) next to the openapi-typescript CLI on the same spec,
 * paired: each round runs every contender once, in turn, so a busy machine slows them alike.
 * Ratios of medians, not absolute times. Peak RSS from /usr/bin/time -v (or a wrapper).
 *
 * - ours, cold: `node dist/bin.js` into a new folder, the runtime cache emptied first;
 * - ours, warm cache: into a new folder, the runtime cache kept;
 * - ours, no-op: again into the folder of the warm run (spec, options, generator unchanged);
 * - openapi-typescript CLI (types only), run outside the repo so it does not lint with our
 *   redocly.yaml.
 *
 * Ours emits types + client + validators + runtime; openapi-typescript emits types only.
 * `npx tsx bench/generate.ts`; BENCH_ROUNDS (default 7).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeFailure, measureNode, type Measured } from "./measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SPEC = "spec/openapi.yaml";
const CACHE = join(ROOT, "node_modules/.cache/openapi-generator");
const BASELINE = "openapi-typescript CLI";

interface Contender {
  readonly name: string;
  /** Runs once, into the round's scratch folder. */
  readonly measure: (dir: string) => Promise<Measured>;
}

const ours = (out: string): Promise<Measured> =>
  measureNode([], join(ROOT, "dist/bin.js"), ["--spec", SPEC, "--out", out]);

export const CONTENDERS: readonly Contender[] = [
  {
    name: BASELINE,
    measure: (dir) =>
      measureNode(
        [],
        join(ROOT, "node_modules/openapi-typescript/bin/cli.js"),
        [join(ROOT, SPEC), "-o", join(dir, "schema.d.ts")],
        { cwd: dir },
      ),
  },
  {
    name: "ours, cold",
    measure: (dir) => {
      rmSync(CACHE, { recursive: true, force: true });
      return ours(join(dir, "cold"));
    },
  },
  { name: "ours, warm cache", measure: (dir) => ours(join(dir, "warm")) },
  { name: "ours, no-op", measure: (dir) => ours(join(dir, "warm")) },
];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every contender once per round, in turn; the samples by name. */
export async function pairedRuns(
  contenders: readonly Contender[],
  rounds: number,
): Promise<Map<string, Measured[]>> {
  const samples = new Map<string, Measured[]>(contenders.map((c) => [c.name, []]));
  for (let round = -1; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), "bench-generate-"));
    try {
      for (const contender of contenders) {
        const m = await contender.measure(dir);
        const failure = describeFailure(m);
        if (failure) throw new Error(`${contender.name}: ${failure}`);
        if (round >= 0) samples.get(contender.name)!.push(m); // round -1 warms the disk cache
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return samples;
}

export function printTable(
  title: string,
  samples: Map<string, Measured[]>,
  baseline: string,
): void {
  const base = median(samples.get(baseline)!.map((m) => m.ms));
  const baseRss = median(samples.get(baseline)!.map((m) => m.maxRssMb ?? 0));
  console.log(`\n## ${title}\n`);
  console.log(`| command | median ms | min ms | vs ${baseline} | peak RSS MB | RSS ratio |`);
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const [name, values] of samples) {
    const ms = values.map((m) => m.ms);
    const rss = median(values.map((m) => m.maxRssMb ?? 0));
    console.log(
      `| ${name} | ${median(ms).toFixed(0)} | ${Math.min(...ms).toFixed(0)} | ` +
        `${(median(ms) / base).toFixed(2)}x | ${rss.toFixed(0)} | ${(rss / baseRss).toFixed(2)}x |`,
    );
  }
}

export async function run(rounds = Number(process.env["BENCH_ROUNDS"] ?? 7)): Promise<void> {
  const samples = await pairedRuns(CONTENDERS, rounds);
  printTable(`generate: ${SPEC}, median of ${rounds} paired rounds`, samples, BASELINE);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
