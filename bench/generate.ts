/**
 * Wall time of our generator on spec/openapi.yaml next to the openapi-typescript CLI on the same
 * spec, interleaved in one run (machines are noisy: compare ratios, not absolute times).
 * Ours emits types + client + validators + runtime; openapi-typescript emits types only.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SPEC = "spec/openapi.yaml";

interface Contender {
  readonly name: string;
  readonly command: (out: string) => readonly string[];
  /** Folder to run in (default: the repo root). */
  readonly cwd?: (out: string) => string;
}

const CONTENDERS: readonly Contender[] = [
  {
    name: "ours: npm run generate",
    command: (out) => ["npm", "run", "-s", "generate", "--", "--spec", SPEC, "--out", out],
  },
  {
    name: "ours: node --import tsx generator/cli.ts",
    command: (out) => [
      process.execPath,
      "--import",
      "tsx",
      "generator/cli.ts",
      "--spec",
      SPEC,
      "--out",
      out,
    ],
  },
  {
    name: "openapi-typescript CLI",
    // Run outside the repo, so it does not pick up our redocly.yaml and lint with our rules.
    cwd: (out) => out,
    command: (out) => [
      process.execPath,
      join(ROOT, "node_modules/openapi-typescript/bin/cli.js"),
      join(ROOT, SPEC),
      "-o",
      join(out, "schema.d.ts"),
    ],
  },
];

function timeOnce(contender: Contender, dir: string): number {
  const out = mkdtempSync(join(dir, "run-"));
  const [cmd, ...args] = contender.command(out);
  const start = performance.now();
  const result = spawnSync(cmd!, args, {
    cwd: contender.cwd?.(out) ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${contender.name} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  }
  return ms;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function run(rounds = Number(process.env["BENCH_ROUNDS"] ?? 5)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-generate-"));
  try {
    const samples = new Map<string, number[]>(CONTENDERS.map((c) => [c.name, []]));
    timeOnce(CONTENDERS[0]!, dir); // warm the disk cache and tsx's transform cache once
    for (let round = 0; round < rounds; round++) {
      for (const contender of CONTENDERS)
        samples.get(contender.name)!.push(timeOnce(contender, dir));
    }
    const baseline = median(samples.get("openapi-typescript CLI")!);
    console.log(`\n## generate: ${SPEC}, median of ${rounds} interleaved runs\n`);
    console.log("| command | median ms | min ms | vs openapi-typescript |");
    console.log("|---|---:|---:|---:|");
    for (const [name, values] of samples) {
      const m = median(values);
      console.log(
        `| ${name} | ${m.toFixed(0)} | ${Math.min(...values).toFixed(0)} | ${(m / baseline).toFixed(2)}x |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
