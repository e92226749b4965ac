/**
 * The goldens type-check, with TypeScript 7 (tsgo: the same verdict as tsc 5.9 here, in about 40%
 * of the time; `GOLDEN_TSC=5.9` runs 5.9 instead): every emitted declaration file, and the client's TypeScript source
 * (regenerated in memory and compiled against the runtime's source, the types and the
 * validators' declarations). One tsc program covers every golden folder, each its own module tree.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitClientSource } from "../../generator/emit/client.js";
import { load } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import { TSGO } from "../../bench/corpus.js";
import { ROOT } from "../helpers/run-cli.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

const cases = [
  { name: "generated", spec: "spec/openapi.yaml", golden: "generated" },
  ...GOLDEN_FIXTURES.map((f) => ({ ...f, golden: `test/golden/${f.name}` })),
];

const temp = await mkdtemp(join(tmpdir(), "golden-tsc-"));
let output = "";
let exitCode: number | null = null;

/** Copies a golden and adds src/: the client's TypeScript source beside the runtime's. */
async function stage(name: string, spec: string, golden: string): Promise<void> {
  const dir = join(temp, name);
  await cp(join(ROOT, golden), dir, { recursive: true });
  await mkdir(join(dir, "src"), { recursive: true });
  await cp(join(ROOT, "templates/runtime"), join(dir, "src/runtime"), { recursive: true });
  await cp(join(dir, "types.d.ts"), join(dir, "src/types.d.ts"));
  await cp(join(dir, "validators.d.ts"), join(dir, "src/validators.d.ts"));
  // enums.ts compiles beside the client (when the spec names enums); its declarations do here.
  if (existsSync(join(dir, "enums.d.ts"))) {
    await cp(join(dir, "enums.d.ts"), join(dir, "src/enums.d.ts"));
  }
  const loaded = await load(join(ROOT, spec));
  const model = loaded.spec && buildModel(loaded.spec).model;
  if (!model) throw new Error(`no model for ${spec}`);
  await writeFile(join(dir, "src/client.ts"), await emitClientSource(model));
}

beforeAll(async () => {
  await Promise.all(cases.map((c) => stage(c.name, c.spec, c.golden)));
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      types: [],
      skipLibCheck: false,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
    },
    include: ["**/*.d.ts", "**/src/**/*.ts"],
  };
  await writeFile(join(temp, "tsconfig.json"), JSON.stringify(config));
  await writeFile(join(temp, "package.json"), JSON.stringify({ type: "module" }));
  const tsc = process.env["GOLDEN_TSC"] === "5.9" ? join(ROOT, "node_modules/typescript/bin/tsc") : TSGO;
  const result = spawnSync(process.execPath, [tsc, "-p", join(temp, "tsconfig.json")], {
    encoding: "utf8",
  });
  output = result.stdout + result.stderr;
  exitCode = result.status;
}, 300_000);
afterAll(() => rm(temp, { recursive: true, force: true }));

describe("tsc --strict over every golden", () => {
  it.each(cases)("$golden: declarations and client source have no errors", ({ name }) => {
    const mine = output.split("\n").filter((line) => line.includes(`${name}/`));
    expect(mine).toEqual([]);
  });

  it("the program as a whole compiles", () => {
    expect(output).toBe("");
    expect(exitCode).toBe(0);
  });
});
