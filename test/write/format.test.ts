import { describe, expect, test } from "vitest";
import { FORMAT_MAX_BYTES, formatFiles, parserFor } from "../../generator/format.js";

describe("formatFiles", () => {
  test("formats by extension with printWidth 100; other files unchanged; order kept", async () => {
    const longCall = `export const x = call(${Array.from({ length: 6 }, (_, i) => `"argument${i}"`).join(", ")});`;
    const input = [
      { path: "b.ts", contents: "const a = {b:1,c:'x'}\nexport default a" },
      { path: "a.d.ts", contents: "export type A = {a:string;b?:number}" },
      { path: "c.js", contents: "export const f=(x)=>x*2" },
      { path: "package.json", contents: '{"name":"x","version":"1.0.0"}' },
      { path: "README.md", contents: "# Title\n\n\n*  item\n" },
      { path: "LICENSE", contents: "as   is\n" },
      { path: "wide.ts", contents: longCall },
    ];
    const out = await formatFiles(input);
    expect(out.map((f) => f.path)).toEqual(input.map((f) => f.path));
    expect(out[0]!.contents).toBe('const a = { b: 1, c: "x" };\nexport default a;\n');
    expect(out[1]!.contents).toBe("export type A = { a: string; b?: number };\n");
    expect(out[2]!.contents).toBe("export const f = (x) => x * 2;\n");
    expect(out[3]!.contents).toBe('{ "name": "x", "version": "1.0.0" }\n');
    expect(out[4]!.contents).toBe("# Title\n\n- item\n");
    expect(out[5]!.contents).toBe("as   is\n");
    // 100 characters: fits in 100, would be wrapped at prettier's default 80.
    expect(longCall.length).toBeGreaterThan(80);
    expect(longCall.length).toBeLessThanOrEqual(100);
    expect(out[6]!.contents).toBe(longCall + "\n");
  });

  test("deterministic and idempotent", async () => {
    const input = [{ path: "x.ts", contents: "export   const y = [1,2,3]" }];
    const once = await formatFiles(input);
    expect(await formatFiles(input)).toEqual(once);
    expect(await formatFiles(once)).toEqual(once);
  });

  test("does not mutate its input", async () => {
    const input = [{ path: "x.ts", contents: "const  a=1" }];
    const copy = structuredClone(input);
    await formatFiles(input);
    expect(input).toEqual(copy);
  });

  test(`files above ${FORMAT_MAX_BYTES} bytes are left as emitted`, async () => {
    const big = "export type T0 = string;\n".repeat(Math.ceil(FORMAT_MAX_BYTES / 25) + 10);
    const messy = "export   type  T = {a:1}\n" + big;
    const [out] = await formatFiles([{ path: "types.d.ts", contents: messy }]);
    expect(out!.contents).toBe(messy);
  });

  test("a syntax error in an emitted file is an internal error naming the file", async () => {
    await expect(
      formatFiles([{ path: "client.ts", contents: "export const = ;" }]),
    ).rejects.toThrow(/cannot format emitted file client\.ts/);
  });

  test("parser choice", () => {
    expect(parserFor("types.d.ts")).toBe("babel-ts");
    expect(parserFor("index.mts")).toBe("babel-ts");
    expect(parserFor("client.js")).toBe("babel");
    expect(parserFor("x.cjs")).toBe("babel");
    expect(parserFor("package.json")).toBe("json");
    expect(parserFor("README.md")).toBe("markdown");
    expect(parserFor("LICENSE")).toBeUndefined();
    expect(parserFor("x.yaml")).toBeUndefined();
  });
});

describe("TypeScript through babel-ts", () => {
  test("the runtime's transport: the same bytes as prettier's typescript parser", async () => {
    const prettier = await import("prettier");
    const { readFile } = await import("node:fs/promises");
    const { compileTypeScript } = await import("../../generator/emit/compile.js");
    const source = await readFile("templates/runtime/transport.ts", "utf8");
    const compiled = await compileTypeScript([{ path: "transport", source }], "");
    const dts = compiled.find((f) => f.path === "transport.d.ts")!;
    for (const file of [{ path: "transport.ts", contents: source }, dts]) {
      const [formatted] = await formatFiles([file]);
      const typescript = await prettier.format(file.contents, {
        parser: "typescript",
        printWidth: 100,
      });
      expect(formatted!.contents).toBe(typescript);
    }
  });

  test("text babel-ts rejects is formatted with the typescript parser", async () => {
    const real = await import("prettier");
    const parsers: string[] = [];
    const fake = {
      ...real,
      format: async (text: string, options: { parser: string }) => {
        parsers.push(options.parser);
        if (options.parser === "babel-ts") throw new SyntaxError("babel-ts says no");
        return real.format(text, { ...options, printWidth: 100 });
      },
    } as typeof real;
    const [out] = await formatFiles([{ path: "x.d.ts", contents: "export type A={a:1}" }], () =>
      Promise.resolve(fake),
    );
    expect(out!.contents).toBe("export type A = { a: 1 };\n");
    expect(parsers).toEqual(["babel-ts", "typescript"]);
  });
});

describe("the README is written in its final layout", () => {
  const fenced = (text: string): string[] =>
    [...text.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)].map((m) => `${m[2]}\n`);

  test.each([
    "spec/openapi.yaml",
    "test/fixtures/specs/hostile.yaml",
    "test/fixtures/specs/deep-object.yaml",
    "test/fixtures/specs/no-operation-ids.yaml",
    "test/fixtures/specs/webhooks-only.yaml",
    "test/fixtures/specs/acme-payments.yaml",
  ])("README of %s: every code block as prettier prints it", async (spec) => {
    const prettier = await import("prettier");
    const { load } = await import("../../generator/load.js");
    const { buildModel } = await import("../../generator/model/build.js");
    const { emitReadme } = await import("../../generator/emit/readme.js");
    const readme = emitReadme(buildModel((await load(spec)).spec!).model!);
    expect(readme.preformatted).toBe(true);
    const blocks = fenced(readme.contents);
    expect(blocks.length).toBeGreaterThan(0);
    for (const code of blocks) {
      expect(code).toBe(await prettier.format(code, { parser: "babel-ts", printWidth: 100 }));
    }
  });

  test("markdown an emitter leaves unformatted goes through prettier", async () => {
    const prettier = await import("prettier");
    const text = "# T\n\nSome *text* with `code` and __bold__.\n\n```ts\nconst a   = 1\n```\n";
    const [formatted] = await formatFiles([{ path: "README.md", contents: text }]);
    expect(formatted!.contents).toBe(
      await prettier.format(text, { parser: "markdown", printWidth: 100 }),
    );
  });
});
