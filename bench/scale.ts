/**
 * Scale: generate time and peak memory of the CLI (`node dist/bin.js
 * --timings`, one child process per run) on
 * - our spec (spec/openapi.yaml),
 * - the largest corpus specs (digitalocean, twilio, box, openai, adyen; with
 *   unknown formats warn), when ../shared/corpus is there,
 * - synthetic specs: ours scaled ×1, ×10 and ×100 (every operation and component schema copied
 *   under new names: paths `/v1/sources` → `/v1/sources_7`, operationIds, `x-resource`,
 *   component schema names and every `$ref` to them), written as JSON.
 * Growth is printed as time per operation and the ratio to ×1: it should be about linear.
 *
 * `npx tsx bench/scale.ts`; `SCALE_RUNS=n` runs (the fastest counts: other processes only ever
 * add time; default 2); `SCALE_FACTORS=1,10,100`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { CORPUS_DIR, ROOT } from "./corpus.js";
import { describeFailure, measureNode, table } from "./measure.js";

type Json = { [key: string]: unknown };

export const LARGE_CORPUS: readonly { name: string; file: string }[] = [
  { name: "digitalocean", file: "digitalocean/specification/DigitalOcean-public.v2.yaml" },
  { name: "twilio-api-v2010", file: "twilio-api-v2010/twilio_api_v2010.json" },
  { name: "box", file: "box/openapi.json" },
  { name: "openai", file: "openai/openapi.yaml" },
  { name: "adyen-checkout-v71", file: "adyen-checkout-v71/CheckoutService-v71.json" },
];

const SCHEMA_REF = "#/components/schemas/";

/** Our spec with every operation and component schema copied `factor` times (copy 0 as is). */
export function scaledSpec(document: Json, factor: number): Json {
  const paths = (document["paths"] ?? {}) as Json;
  const components = (document["components"] ?? {}) as Json;
  const schemas = (components["schemas"] ?? {}) as Json;
  const outPaths: Json = {};
  const outSchemas: Json = {};
  for (let copy = 0; copy < factor; copy++) {
    const suffix = copy === 0 ? "" : `_${copy}`;
    const rename = (value: unknown): unknown => renameRefs(value, schemas, suffix);
    for (const [key, item] of Object.entries(paths)) {
      outPaths[copy === 0 ? key : renamePath(key, suffix)] = renameOperations(rename(item), suffix);
    }
    for (const [name, schema] of Object.entries(schemas))
      outSchemas[name + suffix] = rename(schema);
  }
  return { ...document, paths: outPaths, components: { ...components, schemas: outSchemas } };
}

/** `/v1/sources/{source}` → `/v1/sources_7/{source}`: the first segment after the version. */
function renamePath(key: string, suffix: string): string {
  const segments = key.split("/");
  const index = segments.findIndex((s, i) => i > 0 && s !== "" && !/^v\d+$/.test(s));
  if (index === -1) return `${key}${suffix}`;
  segments[index] = `${segments[index]}${suffix}`;
  return segments.join("/");
}

function renameRefs(value: unknown, schemas: Json, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, schemas, suffix));
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "$ref" && typeof v === "string" && v.startsWith(SCHEMA_REF)) {
      const [name, ...rest] = v.slice(SCHEMA_REF.length).split("/");
      out[key] =
        name !== undefined && name in schemas
          ? [`${SCHEMA_REF}${name}${suffix}`, ...rest].join("/")
          : v;
    } else {
      out[key] = renameRefs(v, schemas, suffix);
    }
  }
  return out;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function renameOperations(item: unknown, suffix: string): unknown {
  if (suffix === "" || typeof item !== "object" || item === null) return item;
  const out: Json = { ...(item as Json) };
  for (const method of METHODS) {
    const op = out[method] as Json | undefined;
    if (!op) continue;
    out[method] = {
      ...op,
      ...(typeof op["operationId"] === "string"
        ? { operationId: `${op["operationId"]}${suffix}` }
        : {}),
      ...(typeof op["x-resource"] === "string"
        ? { "x-resource": `${op["x-resource"]}${suffix}` }
        : {}),
    };
  }
  return out;
}

function countOperations(document: Json): number {
  let n = 0;
  for (const item of Object.values((document["paths"] ?? {}) as Json)) {
    for (const method of METHODS) if ((item as Json)[method]) n++;
  }
  return n;
}

interface Case {
  readonly name: string;
  readonly spec: string;
  readonly flags: readonly string[];
  readonly operations?: number;
  readonly schemas?: number;
  readonly factor?: number;
}

export interface ScaleRow {
  readonly name: string;
  readonly operations?: number;
  readonly schemas?: number;
  readonly factor?: number;
  readonly ms?: number;
  readonly maxRssMb?: number;
  readonly stages: string;
  readonly failure?: string;
}

async function measureCase(c: Case, out: string, runs: number): Promise<ScaleRow> {
  const times: number[] = [];
  const rss: number[] = [];
  let stages = "";
  for (let i = 0; i < runs; i++) {
    const m = await measureNode(
      [],
      "dist/bin.js",
      ["--spec", c.spec, "--out", out, "--timings", ...c.flags],
      { timeout: 600_000 },
    );
    const failure = describeFailure(m);
    if (failure) {
      return { name: c.name, ...counts(c), ms: m.ms, stages: "", failure };
    }
    times.push(m.ms);
    if (m.maxRssMb !== undefined) rss.push(m.maxRssMb);
    stages = [...m.stderr.matchAll(/^\s*(\d+) ms {2}(.+)$/gm)]
      .map((x) => `${x[2]} ${x[1]}`)
      .join(", ");
  }
  return {
    name: c.name,
    ...counts(c),
    ms: Math.min(...times),
    ...(rss.length ? { maxRssMb: Math.max(...rss) } : {}),
    stages,
  };
}

function counts(c: Case): Partial<ScaleRow> {
  return {
    ...(c.operations !== undefined ? { operations: c.operations } : {}),
    ...(c.schemas !== undefined ? { schemas: c.schemas } : {}),
    ...(c.factor !== undefined ? { factor: c.factor } : {}),
  };
}

function corpusCounts(name: string): { operations?: number; schemas?: number } {
  try {
    const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, "MANIFEST.json"), "utf8")) as {
      name: string;
      operations?: number;
      schemas?: number;
    }[];
    const entry = manifest.find((e) => e.name === name);
    return entry ? { operations: entry.operations!, schemas: entry.schemas! } : {};
  } catch {
    return {};
  }
}

export async function run(): Promise<ScaleRow[]> {
  const runs = Number(process.env["SCALE_RUNS"] ?? 2);
  const factors = (process.env["SCALE_FACTORS"] ?? "1,10,100").split(",").map(Number);
  const temp = await mkdtemp(path.join(tmpdir(), "scale-"));
  const out = path.join(temp, "out");
  const ours = parse(readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8")) as Json;
  const cases: Case[] = [
    {
      name: "spec/openapi.yaml",
      spec: "spec/openapi.yaml",
      flags: [],
      operations: countOperations(ours),
      schemas: Object.keys(((ours["components"] as Json)["schemas"] ?? {}) as Json).length,
    },
  ];
  for (const entry of LARGE_CORPUS) {
    const spec = path.join(CORPUS_DIR, entry.file);
    try {
      readFileSync(spec);
    } catch {
      continue;
    }
    cases.push({
      name: entry.name,
      spec: path.relative(ROOT, spec),
      flags: [],
      ...corpusCounts(entry.name),
    });
  }
  for (const factor of factors) {
    const doc = scaledSpec(ours, factor);
    const file = path.join(temp, `scaled-x${factor}.json`);
    writeFileSync(file, JSON.stringify(doc, null, 2));
    cases.push({
      name: `ours ×${factor}`,
      spec: file,
      flags: [],
      operations: countOperations(doc),
      schemas: Object.keys(((doc["components"] as Json)["schemas"] ?? {}) as Json).length,
      factor,
    });
  }

  const rows: ScaleRow[] = [];
  try {
    for (const c of cases) {
      const row = await measureCase(c, out, runs);
      rows.push(row);
      console.error(
        `${row.name}: ${row.failure ?? `${(row.ms! / 1000).toFixed(2)} s, ${row.maxRssMb?.toFixed(0) ?? "?"} MB`}`,
      );
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }

  const base = rows.find((r) => r.factor === 1);
  const perOp = (r: ScaleRow): number | undefined =>
    r.ms !== undefined && r.operations ? r.ms / r.operations : undefined;
  console.log(`\n## scale: generate (CLI child process, fastest of ${runs}), peak RSS\n`);
  console.log(
    table(
      ["spec", "operations", "schemas", "generate", "peak RSS", "ms/op", "time vs ×1", "status"],
      rows.map((r) => [
        r.name,
        String(r.operations ?? "-"),
        String(r.schemas ?? "-"),
        r.ms !== undefined ? `${(r.ms / 1000).toFixed(2)} s` : "-",
        r.maxRssMb !== undefined ? `${r.maxRssMb.toFixed(0)} MB` : "-",
        perOp(r) !== undefined ? perOp(r)!.toFixed(1) : "-",
        r.factor !== undefined && base?.ms && r.ms ? `${(r.ms / base.ms).toFixed(2)}×` : "",
        r.failure ? r.failure.slice(0, 90) : "ok",
      ]),
    ),
  );
  const scaled = rows.filter((r) => r.factor !== undefined && r.ms !== undefined);
  if (scaled.length >= 2) {
    const [a, b] = [scaled[scaled.length - 2]!, scaled[scaled.length - 1]!];
    const marginal = (b.ms! - a.ms!) / (b.operations! - a.operations!);
    console.log(
      `\nMarginal cost from ×${a.factor} to ×${b.factor}: ${marginal.toFixed(1)} ms per operation ` +
        `(${((b.ms! - a.ms!) / (b.factor! - a.factor!) / 1000).toFixed(3)} s per copy of the spec).`,
    );
  }
  console.log("\nStages of the last run (ms since start):");
  for (const r of rows) if (r.stages) console.log(`  ${r.name}: ${r.stages}`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await run();
}
