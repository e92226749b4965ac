/**
 * `npm run diff` on two versions of spec/openapi.yaml next to one `npm run generate` of it,
 * interleaved in one run, each as the CLI a user runs (node + tsx, cold process). The second
 * version is made here from the first: a request enum value removed, a response property added,
 * the version bumped. Reported as the ratio diff / generate (machines are noisy: ratios, not ms).
 * `BENCH_SPEC=path BENCH_HEAD=path` compares two other versions (e.g. a large corpus spec).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeFailure, measureNode, table, type Measured } from "./measure.js";

const SPEC = process.env["BENCH_SPEC"] ?? "spec/openapi.yaml";

function secondVersion(dir: string): string {
  const given = process.env["BENCH_HEAD"];
  if (given) return given;
  const text = readFileSync(SPEC, "utf8")
    .replace("version: 1.0.0", "version: 2.0.0")
    .replace("enum: [redirect, receiver, code_verification, none]", "enum: [redirect, receiver]")
    .replace(
      "    Source:\n      type: object\n      properties:\n",
      "    Source:\n      type: object\n      properties:\n        added_later:\n          type: string\n          description: A new field.\n",
    );
  const file = path.join(dir, "head.yaml");
  writeFileSync(file, text);
  return file;
}

interface Contender {
  readonly name: string;
  readonly args: (dir: string, head: string) => readonly string[];
  /** Exit codes that mean success (diff exits 1 on a breaking change without a major bump). */
  readonly ok: readonly number[];
}

const CONTENDERS: readonly Contender[] = [
  {
    name: "generate (one spec)",
    args: (dir) => [
      "generator/cli.ts",
      "--spec",
      SPEC,
      "--out",
      mkdtempSync(path.join(dir, "out-")),
    ],
    ok: [0],
  },
  {
    name: "diff (two versions)",
    args: (_dir, head) => ["generator/diff-cli.ts", SPEC, head, "--json"],
    ok: [0, 1],
  },
];

async function measure(c: Contender, dir: string, head: string): Promise<Measured> {
  const [script, ...args] = c.args(dir, head);
  const m = await measureNode(["--import", "tsx"], script!, args, {
    env: { ...process.env, CI: "1" },
    timeout: 600_000,
  });
  if (!c.ok.includes(m.exitCode ?? -1))
    throw new Error(`${c.name}: ${describeFailure(m) ?? m.exitCode}`);
  return m;
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function run(rounds = Number(process.env["BENCH_ROUNDS"] ?? 5)): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-diff-"));
  try {
    const head = secondVersion(dir);
    const samples = new Map<string, Measured[]>(CONTENDERS.map((c) => [c.name, []]));
    for (const c of CONTENDERS) await measure(c, dir, head); // warm tsx's cache and the disk
    for (let round = 0; round < rounds; round++) {
      for (const c of CONTENDERS) samples.get(c.name)!.push(await measure(c, dir, head));
    }
    const generate = median(samples.get(CONTENDERS[0]!.name)!.map((m) => m.ms));
    console.log(
      `\n## diff: two versions of ${SPEC} vs one generate, median of ${rounds} interleaved runs\n`,
    );
    const rows = [...samples].map(([name, ms]) => {
      const times = ms.map((m) => m.ms);
      const rss = Math.max(...ms.map((m) => m.maxRssMb ?? 0));
      return [
        name,
        median(times).toFixed(0),
        Math.min(...times).toFixed(0),
        rss ? rss.toFixed(0) : "?",
        `${(median(times) / generate).toFixed(2)}x`,
      ];
    });
    console.log(table(["command", "median ms", "min ms", "peak RSS MB", "vs generate"], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
