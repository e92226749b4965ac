/**
 * The no-op fast path and quiet diffs: a second run with the same spec bytes, options and generator
 * reads the manifest, verifies the files and does nothing else; any doubt means a full run; a spec
 * change that alters one type rewrites only the files it must.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { run } from "../../generator/index.js";

const scratch = mkdtempSync(path.join(tmpdir(), "no-op-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const stages = (r: Awaited<ReturnType<typeof run>>): string[] => r.timings.map(([s]) => s);

function copySpec(name: string): string {
  const dir = path.join(scratch, name);
  cpSync("test/fixtures/specs/multi-file", dir, { recursive: true });
  return path.join(dir, "openapi.yaml");
}

describe("no-op fast path", () => {
  test("unchanged: nothing loaded, nothing written; any doubt: a full run", async () => {
    const spec = copySpec("fast");
    const out = path.join(scratch, "fast-out");
    expect((await run({ spec, out, check: false })).exitCode).toBe(0);

    const again = await run({ spec, out, check: false });
    expect(again.written).toEqual([]);
    expect(stages(again)).toEqual(["guard", "up-to-date check"]);
    const check = await run({ spec, out, check: true });
    expect([check.exitCode, stages(check)]).toEqual([0, ["guard", "up-to-date check"]]);

    // A generated file edited by hand: --check names it, generate restores it.
    const client = path.join(out, "client.js");
    const original = readFileSync(client, "utf8");
    writeFileSync(client, original + "// edited\n");
    const stale = await run({ spec, out, check: true });
    expect([stale.exitCode, stale.stale]).toEqual([1, ["client.js"]]);
    const repaired = await run({ spec, out, check: false });
    expect(stages(repaired)).toContain("load");
    expect(repaired.written).toEqual(["client.js"]);
    expect(readFileSync(client, "utf8")).toBe(original);

    // Other options: a full run (same files, nothing to write but the manifest).
    const strict = await run({ spec, out, check: false, strictFormats: true });
    expect(stages(strict)).toContain("load");
    expect(strict.written).toEqual([".generator-manifest.json"]);
  });

  test("a change in a $ref'd file is seen", async () => {
    const spec = copySpec("ref");
    const out = path.join(scratch, "ref-out");
    expect((await run({ spec, out, check: false })).exitCode).toBe(0);
    const person = path.join(path.dirname(spec), "schemas/person.yaml");
    writeFileSync(person, readFileSync(person, "utf8") + "\n# a comment\n");
    const after = await run({ spec, out, check: false });
    expect(stages(after)).toContain("load");
    // Only the spec's hash changed: only the manifest is rewritten.
    expect(after.written).toEqual([".generator-manifest.json"]);
  });
});

describe("quiet diffs", () => {
  test("a one-type change rewrites only the files that hold that type", async () => {
    const spec = copySpec("one-type");
    const out = path.join(scratch, "one-type-out");
    expect((await run({ spec, out, check: false })).exitCode).toBe(0);
    const person = path.join(path.dirname(spec), "schemas/person.yaml");
    const text = readFileSync(person, "utf8");
    writeFileSync(
      person,
      text.replace("  name:\n    type: string\n", "  name:\n    type: integer\n"),
    );
    expect(readFileSync(person, "utf8")).not.toBe(text);
    const after = await run({ spec, out, check: false });
    expect(after.exitCode).toBe(0);
    expect(after.written.length).toBeGreaterThan(1);
    for (const file of after.written) {
      expect(file).toMatch(/^(types\.d\.ts|validators\.(js|d\.ts)|\.generator-manifest\.json)$/);
    }
  });
});
