/**
 * The goldens type-check, with TypeScript 7 (tsgo: the same verdict as tsc 5.9 here, in about 40%
 * of the time; `GOLDEN_TSC=5.9` runs 5.9 instead): every emitted declaration file, and client.js
 * under `checkJs` against the runtime's TypeScript source, the types and the validators'
 * declarations (its JSDoc `@type` / `@satisfies` tags check `api` and every operation descriptor
 * against `ApiConfig` and `OperationDescriptor`). One tsc program covers every golden folder, each
 * its own module tree. Plain JS has untyped parameters: TS7006 in client.js is expected.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** Copies a golden and adds src/: client.js beside the runtime's TypeScript source. */
async function stage(name: string, golden: string): Promise<void> {
  const dir = join(temp, name);
  await cp(join(ROOT, golden), dir, { recursive: true });
  await mkdir(join(dir, "src"), { recursive: true });
  await cp(join(ROOT, "templates/runtime"), join(dir, "src/runtime"), { recursive: true });
  await cp(join(dir, "types.d.ts"), join(dir, "src/types.d.ts"));
  await cp(join(dir, "validators.d.ts"), join(dir, "src/validators.d.ts"));
  // types.d.ts imports the enums' declarations (when the spec names enums).
  if (existsSync(join(dir, "enums.d.ts"))) {
    await cp(join(dir, "enums.d.ts"), join(dir, "src/enums.d.ts"));
  }
  await cp(join(dir, "client.js"), join(dir, "src/client.js"));
}

/** Untyped parameters of plain JS: expected in client.js, the only JS file checked. */
const UNTYPED_PARAMETER = /src\/client\.js\(\d+,\d+\): error TS7006:/;

beforeAll(async () => {
  await Promise.all(cases.map((c) => stage(c.name, c.golden)));
  // A canary: a descriptor of the wrong shape in client.js must be reported.
  await stage("canary", "generated");
  const canary = join(temp, "canary/src/client.js");
  const text = await readFile(canary, "utf8");
  await writeFile(canary, text.replace(/pathParams: \[[^\]]*\]/, 'pathParams: "oops"'));
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
      allowJs: true,
      checkJs: true,
    },
    include: ["**/*.d.ts", "**/src/**/*.ts", "**/src/client.js"],
  };
  await writeFile(join(temp, "tsconfig.json"), JSON.stringify(config));
  await writeFile(join(temp, "package.json"), JSON.stringify({ type: "module" }));
  const tsc = process.env["GOLDEN_TSC"] === "5.9" ? join(ROOT, "node_modules/typescript/bin/tsc") : TSGO;
  const result = spawnSync(process.execPath, [tsc, "-p", join(temp, "tsconfig.json")], {
    encoding: "utf8",
    cwd: temp,
  });
  output = result.stdout + result.stderr;
  exitCode = result.status;
}, 300_000);
afterAll(() => rm(temp, { recursive: true, force: true }));

describe("tsc --strict over every golden", () => {
  it.each(cases)("$golden: declarations and client source have no errors", ({ name }) => {
    const mine = output
      .split("\n")
      .filter((line) => line.startsWith(`${name}/`) && !UNTYPED_PARAMETER.test(line));
    expect(mine).toEqual([]);
  });

  it("a wrong operation descriptor in client.js is reported (the canary)", () => {
    expect(output).toMatch(/canary\/src\/client\.js\(\d+,\d+\): error TS2322:/);
  });

  it("nothing else is reported", () => {
    const others = output
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("canary/"))
      .filter((line) => !UNTYPED_PARAMETER.test(line));
    expect(others).toEqual([]);
    expect(exitCode).not.toBeNull();
  });
});
