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

describe("compileTypeScript: one program, the bytes of transpileModule + transpileDeclaration", () => {
  test.each(["transport", "serialise", "descriptor"])("the runtime's %s.ts", async (name) => {
    const source = await readFile(`templates/runtime/${name}.ts`, "utf8");
    const [js, dts] = await compileTypeScript([{ path: name, source }], "// h\n");
    const want = twoCalls(name, source);
    expect(js).toEqual({ path: `${name}.js`, contents: "// h\n" + want.js });
    expect(dts).toEqual({ path: `${name}.d.ts`, contents: "// h\n" + want.dts });
  });

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
