/**
 * Golden tests through run() (what the CLI calls; the CLI itself has smoke tests in test/cli): the
 * committed output of our spec (generated/) and of every fixture spec (test/golden/<name>/),
 * manifest included, must equal, byte for byte, what the generator produces now. After an intended
 * change run `npm run generate` and `npm run golden`, then review the diff.
 *
 * `GOLDEN=spec` runs only our spec's golden (`npm run test:quick`).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../generator/index.js";
import { readTree } from "../helpers/files.js";
import { ROOT } from "../helpers/run-cli.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

const temp = await mkdtemp(join(tmpdir(), "golden-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

async function expectSameTree(out: string, golden: string): Promise<void> {
  const produced = await readTree(out);
  const committed = await readTree(join(ROOT, golden));
  expect([...produced.keys()]).toEqual([...committed.keys()]);
  for (const [file, bytes] of produced) {
    expect(bytes.toString("utf8"), `${golden}/${file}`).toBe(committed.get(file)?.toString("utf8"));
  }
}

const onlySpec = process.env["GOLDEN"] === "spec";

describe("golden output of spec/openapi.yaml", () => {
  it("is what the generator produces now, byte for byte (generated/)", async () => {
    const out = join(temp, "spec");
    const result = await run({ spec: "spec/openapi.yaml", out, check: false });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.exitCode).toBe(0);
    await expectSameTree(out, "generated");
  });
});

describe.skipIf(onlySpec).each(GOLDEN_FIXTURES)("golden output of $name", ({ name, spec }) => {
  it("is what the generator produces now, byte for byte", async () => {
    const out = join(temp, name);
    const result = await run({ spec, out, check: false });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.exitCode).toBe(0);
    await expectSameTree(out, `test/golden/${name}`);
  });
});

describe.skipIf(onlySpec)("determinism", () => {
  it("two runs into new folders give identical bytes", async () => {
    const [a, b] = [join(temp, "det-a"), join(temp, "det-b")];
    const spec = "spec/openapi.yaml";
    expect((await run({ spec, out: a, check: false })).exitCode).toBe(0);
    expect((await run({ spec, out: b, check: false })).exitCode).toBe(0);
    const [first, second] = [await readTree(a), await readTree(b)];
    expect(first.size).toBeGreaterThan(10);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it("no absolute path or machine detail leaks into the output", async () => {
    const files = await readTree(join(ROOT, "generated"));
    for (const [file, bytes] of files) {
      const text = bytes.toString("utf8");
      expect(text, file).not.toContain(ROOT);
      expect(text, file).not.toContain(tmpdir());
    }
  });

  it("--check passes on the committed output", async () => {
    const result = await run({ spec: "spec/openapi.yaml", out: "generated", check: true });
    expect(result.stale).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
