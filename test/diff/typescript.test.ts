/**
 * The TypeScript cross-check that keeps the diff rules honest: both versions of the cross-check
 * spec are generated, and each case's consumer, written against the old package, is compiled
 * against the old and the new one in a single TypeScript program. A breaking rule must fail to
 * compile (or what it sends must fail the new request validator); a non-breaking one must not.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { levelOf } from "../../generator/diff/changes.js";
import { diffSpecs } from "../../generator/diff/index.js";
import { run } from "../../generator/index.js";
import { CROSS_CASES, crossSpec, type CrossCase } from "./typescript-cases.js";

let dir = "";
let errors = new Map<string, string[]>();
type Validators = Record<string, ((value: unknown) => boolean) | undefined>;
const validators: Record<"base" | "head", Validators> = { base: {}, head: {} };
let changes: { code: string; operation?: string; pointer: string }[] = [];

const versions = ["base", "head"] as const;

async function generate(version: "base" | "head"): Promise<void> {
  const spec = path.join(dir, `${version}.json`);
  writeFileSync(spec, JSON.stringify(crossSpec(version), null, 2));
  const result = await run({ spec, out: path.join(dir, version), check: false });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.exitCode).toBe(0);
}

function consumerFile(c: CrossCase, version: "base" | "head"): string {
  const file = path.join(dir, "consumers", version, `${c.id}.ts`);
  const text = [
    `import type { Client } from "../../${version}/index.js";`,
    c.consumer
      .replaceAll('"PKG"', `"../../${version}/index.js"`)
      .replaceAll("$M", `Client["${c.id}"]["call"]`),
    "",
  ].join("\n");
  writeFileSync(file, text);
  return file;
}

/** One program for every consumer of both versions; errors by file. */
function typeCheck(files: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
    noUnusedLocals: false,
  });
  const byFile = new Map<string, string[]>(files.map((f) => [path.resolve(f), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const key = d.file ? path.resolve(d.file.fileName) : "";
    byFile.set(key, [
      ...(byFile.get(key) ?? []),
      ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    ]);
  }
  return byFile;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "diff-typescript-"));
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  for (const v of versions) mkdirSync(path.join(dir, "consumers", v), { recursive: true });
  for (const v of versions) await generate(v);
  const files = CROSS_CASES.flatMap((c) => versions.map((v) => consumerFile(c, v)));
  errors = typeCheck(files);
  for (const v of versions) {
    validators[v] = (await import(
      pathToFileURL(path.join(dir, v, "validators.js")).href
    )) as Validators;
  }
  const result = await diffSpecs({
    base: path.join(dir, "base.json"),
    head: path.join(dir, "head.json"),
  });
  if (result.kind !== "compared") throw new Error("the cross-check specs do not load");
  changes = [...result.changes];
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const errorsOf = (c: CrossCase, version: "base" | "head"): string[] =>
  errors.get(path.resolve(dir, "consumers", version, `${c.id}.ts`)) ?? ["(not compiled)"];

/** The request validator of a case's operation (`validate<Id>CallRequest`): it takes the params. */
function validatorOf(version: "base" | "head", c: CrossCase): (value: unknown) => boolean {
  const name = Object.keys(validators[version]).find(
    (n) => n.toLowerCase() === `validate${c.id}callrequest`.toLowerCase(),
  );
  const fn = name ? validators[version][name] : undefined;
  if (!fn) throw new Error(`no request validator for ${c.id}`);
  return fn;
}

describe("diff rules cross-checked with TypeScript", () => {
  it("covers at least ten rules, breaking and non-breaking", () => {
    expect(new Set(CROSS_CASES.map((c) => c.code)).size).toBeGreaterThanOrEqual(10);
    expect(CROSS_CASES.some((c) => levelOf(c.code) === "non-breaking")).toBe(true);
  });

  it.each(CROSS_CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(
      changes
        .filter(
          (x) =>
            x.operation === `POST /${c.id}` ||
            (c.id === "schemaRenamed" && x.code === c.code) ||
            // Public-API changes belong to no operation: an enum's lives under the case's path.
            (x.code.startsWith("export-") && x.pointer.startsWith(`/paths/~1${c.id}/`)),
        )
        .map((x) => x.code),
    ).toContain(c.code);
    // Written against the old package: compiles there.
    expect(errorsOf(c, "base")).toEqual([]);
    const sends = c.sends;
    if (sends !== undefined) expect(validatorOf("base", c)(sends)).toBe(true);
    const compiles = errorsOf(c, "head").length === 0;
    const validates = sends === undefined || validatorOf("head", c)(sends);
    if (levelOf(c.code) === "breaking") {
      expect(
        compiles && validates,
        "a breaking rule whose consumer still compiles and validates",
      ).toBe(false);
    } else {
      expect(errorsOf(c, "head")).toEqual([]);
      expect(validates).toBe(true);
    }
  });
});
