/**
 * The goldens type-check: every emitted declaration file, and the client's TypeScript source
 * (regenerated in memory and compiled against the shipped runtime, types and validators).
 */
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitClientSource } from "../../generator/emit/client.js";
import { load } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import { ROOT } from "../helpers/run-cli.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

const temp = await mkdtemp(join(tmpdir(), "golden-tsc-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

const cases = [
  { name: "generated", spec: "spec/openapi.yaml", golden: "generated" },
  ...GOLDEN_FIXTURES.map((f) => ({ ...f, golden: `test/golden/${f.name}` })),
];

function tsc(project: string): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], {
    encoding: "utf8",
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe.each(cases)("$golden", ({ name, spec, golden }) => {
  it("type-checks with tsc --strict (declarations and client source)", async () => {
    const dir = join(temp, name);
    await cp(join(ROOT, golden), dir, { recursive: true });
    // The client's TypeScript source, against the runtime's TypeScript source.
    await cp(join(ROOT, "templates/runtime"), join(dir, "src/runtime"), { recursive: true });
    await cp(join(dir, "types.d.ts"), join(dir, "src/types.d.ts"));
    await cp(join(dir, "validators.d.ts"), join(dir, "src/validators.d.ts"));
    const loaded = await load(join(ROOT, spec));
    const model = loaded.spec && buildModel(loaded.spec).model;
    expect(model).toBeDefined();
    await writeFile(join(dir, "src/client.ts"), await emitClientSource(model!));
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
      include: ["**/*.d.ts", "src/**/*.ts"],
    };
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(config));
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const result = tsc(join(dir, "tsconfig.json"));
    expect(result.output).toBe("");
    expect(result.code).toBe(0);
  });
});
