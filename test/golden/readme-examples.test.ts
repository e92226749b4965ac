/**
 * The generated README's code compiles: its usage block, then each operation's example call (in a
 * function of its own), type-checked against the package, for our spec and every fixture.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { compileErrors } from "../hover/quick-info.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

const packages = ["generated", ...GOLDEN_FIXTURES.map((f) => `test/golden/${f.name}`)];

/** The ```ts blocks of a README, in order. */
export function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] as string);
}

function consumer(readme: string): string {
  const [usage = "", ...calls] = codeBlocks(readme);
  return [
    "declare const process: { env: Record<string, string | undefined> };",
    usage,
    ...calls.map((code, i) => `export async function example${i}(): Promise<unknown> {\n${code}\nreturn result;\n}`),
  ].join("\n");
}

describe.each(packages)("README of %s", (dir) => {
  const packageDir = join(ROOT, dir);
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const name = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { name: string }).name;

  it("has a usage block and compiles", () => {
    expect(codeBlocks(readme)[0]).toContain("createClient");
    expect(compileErrors({ packageDir, packageName: name, source: consumer(readme) })).toEqual([]);
  });
});

describe("README of the Stripe package", () => {
  it("uses the spec's examples, not placeholders", () => {
    const readme = readFileSync(join(ROOT, "generated/README.md"), "utf8");
    expect(readme).toContain('"cus_9s6XKzkNRiz8i3"');
    expect(readme).toContain('"src_1N3lxdLkdIwHu7ixPHXy8UcI"');
    expect(readme).not.toMatch(/_value"/);
  });
});

describe("the project README", () => {
  it("its generated-package example compiles against generated/", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The generated package"));
    const [example = ""] = codeBlocks(section);
    expect(example).toContain("createClient");
    const packageDir = join(ROOT, "generated");
    const name = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { name: string }).name;
    const source = ["declare const process: { env: Record<string, string | undefined> };", example].join("\n");
    expect(compileErrors({ packageDir, packageName: name, source })).toEqual([]);
  });
});
