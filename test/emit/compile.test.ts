import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { compileTypeScript, compilerOptions } from "../../generator/emit/compile.js";
import { loadTypeScript } from "../../generator/heavy-modules.js";

/** What compileTypeScript replaces: TypeScript's two one-file calls, each parsing the source. */
function twoCalls(path: string, source: string): { js: string; dts: string } {
  const ts = loadTypeScript();
  const options = { compilerOptions: compilerOptions(ts), fileName: `${path}.ts` };
  const dts = ts.transpileDeclaration(source, options);
  expect(dts.diagnostics ?? []).toEqual([]);
  return { js: ts.transpileModule(source, options).outputText, dts: dts.outputText };
}

async function clientSource(spec: string): Promise<string> {
  const { load } = await import("../../generator/load.js");
  const { buildModel } = await import("../../generator/model/build.js");
  const { emitClientSource } = await import("../../generator/emit/client.js");
  return emitClientSource(buildModel((await load(spec)).spec!).model!);
}

describe("compileTypeScript: one program, the bytes of transpileModule + transpileDeclaration", () => {
  test.each(["spec/openapi.yaml", "test/fixtures/specs/hostile.yaml"])(
    "the client of %s",
    async (spec) => {
      const source = await clientSource(spec);
      const [js, dts] = await compileTypeScript([{ path: "client", source }], "// h\n");
      const want = twoCalls("client", source);
      expect(js).toEqual({ path: "client.js", contents: "// h\n" + want.js });
      expect(dts).toEqual({ path: "client.d.ts", contents: "// h\n" + want.dts });
    },
  );

  test("a runtime template in a folder", async () => {
    const source = await readFile("templates/runtime/errors.ts", "utf8");
    const files = await compileTypeScript([{ path: "runtime/errors", source }], "");
    const want = twoCalls("runtime/errors", source);
    expect(files).toEqual([
      { path: "runtime/errors.js", contents: want.js },
      { path: "runtime/errors.d.ts", contents: want.dts },
    ]);
  });

  test("a declaration isolatedDeclarations cannot emit is an error naming the file", async () => {
    const source = "export const f = (x: number) => [x];\nexport function g() { return 1; }\n";
    await expect(compileTypeScript([{ path: "bad", source }], "")).rejects.toThrow(
      /cannot emit declarations for bad\.ts/,
    );
  });
});
