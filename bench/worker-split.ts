/**
 * Does a second thread still pay? `generate` on our spec as it is (every stage on the main
 * thread, `node dist/bin.js`) against a fixed split (bench/split/run.mjs: the same stages, with
 * types.d.ts — openapi-typescript and prettier, loaded as soon as the worker starts — on one worker
 * thread while the main thread reads the spec and emits the rest). Both write the same bytes
 * (checked on every round). Paired rounds, cold runtime cache, ratios of medians.
 *
 * `npx tsx bench/worker-split.ts`; BENCH_ROUNDS (default 7); SPLIT_SPEC (default our spec).
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { pairedRuns, printTable } from "./generate.js";
import { measureNode } from "./measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SPEC = process.env["SPLIT_SPEC"] ?? "spec/openapi.yaml";
const CACHE = join(ROOT, "node_modules/.cache/openapi-generator");
const ONE_THREAD = "one thread (dist/bin.js)";

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

export async function run(rounds = Number(process.env["BENCH_ROUNDS"] ?? 7)): Promise<void> {
  const cold = <T>(work: () => T): T => {
    rmSync(CACHE, { recursive: true, force: true });
    return work();
  };
  const samples = await pairedRuns(
    [
      {
        name: ONE_THREAD,
        measure: (dir) =>
          cold(() =>
            measureNode([], join(ROOT, "dist/bin.js"), ["--spec", SPEC, "--out", join(dir, "a")]),
          ),
      },
      {
        name: "fixed split: types.d.ts on a worker",
        measure: async (dir) => {
          const m = await cold(() =>
            measureNode([], join(ROOT, "bench/split/run.mjs"), [SPEC, join(dir, "b")]),
          );
          sameTrees(join(dir, "a"), join(dir, "b"));
          return m;
        },
      },
    ],
    rounds,
  );
  printTable(`worker split: ${SPEC}, median of ${rounds} paired rounds`, samples, ONE_THREAD);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
