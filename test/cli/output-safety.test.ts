/**
 * Safe --out: the generator writes only into a new or empty folder or one it wrote (its manifest is
 * there); it refuses (exit 2, naming the folder and the flag that overrides) the spec's folder and
 * its ancestors (even with --force), the project's folder and a folder with files it did not write
 * (unless --force). Every case keeps files that must survive.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "out-guard-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURE = readFileSync(path.join(repoRoot, "test/fixtures/specs/enums.yaml"), "utf8");

/** A project: package.json, src/a.ts, spec/openapi.yaml. */
function project(name: string): string {
  const root = path.join(scratch, name);
  mkdirSync(path.join(root, "src"), { recursive: true });
  mkdirSync(path.join(root, "spec"), { recursive: true });
  writeFileSync(path.join(root, "package.json"), '{ "name": "app" }\n');
  writeFileSync(path.join(root, "src/a.ts"), "export const a = 1;\n");
  writeFileSync(path.join(root, "spec/openapi.yaml"), FIXTURE);
  return root;
}

function expectSurvivors(root: string): void {
  expect(readFileSync(path.join(root, "package.json"), "utf8")).toBe('{ "name": "app" }\n');
  expect(readFileSync(path.join(root, "src/a.ts"), "utf8")).toBe("export const a = 1;\n");
  expect(readFileSync(path.join(root, "spec/openapi.yaml"), "utf8")).toBe(FIXTURE);
}

const rel = (p: string): string => path.relative(repoRoot, p).split(path.sep).join("/");

describe("refused, even with --force", () => {
  test.each([
    ["the spec's folder", "spec"],
    ["an ancestor of the spec's folder", "."],
    ["the file system root", "/"],
  ])("%s", async (_, out) => {
    const root = project(`protected-${out.replace(/\W/g, "_")}`);
    const spec = path.join(root, "spec/openapi.yaml");
    const target = out === "/" ? "/" : path.join(root, out);
    for (const force of [[], ["--force"]]) {
      const result = await runCli(["--spec", spec, "--out", target, ...force]);
      expect(result.code, result.output).toBe(2);
      expect(result.stderr).toContain(
        `error[output-protected]: refusing to write into ${rel(target) || "."}`,
      );
      expect(result.stderr).toContain("it holds the spec");
      expect(result.stderr).toContain("--out");
    }
    expectSurvivors(root);
  });
});

describe("refused unless --force", () => {
  test("a folder holding files the generator did not write (../elsewhere/src/a.ts)", async () => {
    const root = project("foreign");
    const spec = path.join(root, "spec/openapi.yaml");
    const out = path.join(root, "src");
    const refused = await runCli(["--spec", spec, "--out", out]);
    expect(refused.code, refused.output).toBe(2);
    expect(refused.stderr).toContain(
      `error[output-not-owned]: refusing to write into ${rel(out)}/: it holds 1 file(s) the generator did not write (a.ts)`,
    );
    expect(refused.stderr).toContain("--force");
    expect(existsSync(path.join(out, "index.js"))).toBe(false);
    expectSurvivors(root);

    const forced = await runCli(["--spec", spec, "--out", out, "--force"]);
    expect(forced.code, forced.output).toBe(0);
    expect(existsSync(path.join(out, "index.js"))).toBe(true);
    expectSurvivors(root);
    // Its manifest is there now: the folder is its own, the foreign file is still kept.
    const again = await runCli(["--spec", spec, "--out", out]);
    expect(again.code, again.output).toBe(0);
    expectSurvivors(root);
  });

  test("the project's folder (the current folder)", async () => {
    const root = project("project-root");
    // The spec outside the project (else the project's folder is refused as the spec's ancestor).
    const spec = path.join(scratch, "project-root-spec.yaml");
    writeFileSync(spec, FIXTURE);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const refused = await runCli(["--spec", spec, "--out", "."]);
      expect(refused.code, refused.output).toBe(2);
      expect(refused.stderr).toContain("refusing to write into ./: it is the project's folder");
      expect(refused.stderr).toContain("--force");
      expect(existsSync(path.join(root, "index.js"))).toBe(false);
      const forced = await runCli(["--spec", spec, "--out", ".", "--force"]);
      expect(forced.code, forced.output).toBe(0);
      expect(existsSync(path.join(root, "index.js"))).toBe(true);
      // --force writes its files (package.json among them: that is what forcing means) and
      // keeps every other file.
      expect(readFileSync(path.join(root, "src/a.ts"), "utf8")).toBe("export const a = 1;\n");
      expect(readFileSync(path.join(root, "spec/openapi.yaml"), "utf8")).toBe(FIXTURE);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("accepted", () => {
  test("a new folder, an empty one, and one it wrote (removing only the files it wrote)", async () => {
    const root = project("accepted");
    const spec = path.join(root, "spec/openapi.yaml");
    const fresh = path.join(root, "out/new");
    expect((await runCli(["--spec", spec, "--out", fresh])).code).toBe(0);
    const empty = path.join(root, "out/empty");
    mkdirSync(empty, { recursive: true });
    expect((await runCli(["--spec", spec, "--out", empty])).code).toBe(0);

    // A file an earlier version wrote and the manifest lists, no longer emitted: removed.
    const manifestPath = path.join(fresh, ".generator-manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.files["old.js"] = "0".repeat(64);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    writeFileSync(path.join(fresh, "old.js"), "old\n");
    writeFileSync(path.join(fresh, "mine.txt"), "the user's\n");
    const result = await runCli(["--spec", spec, "--out", fresh]);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(fresh, "old.js"))).toBe(false);
    expect(readFileSync(path.join(fresh, "mine.txt"), "utf8")).toBe("the user's\n");
    expectSurvivors(root);
  });
});
