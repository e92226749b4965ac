/**
 * `npm run diff` through the real CLI (exit codes, JSON shape, report, ignore list, bad input)
 * and diffSpecs() in-process for the verdict against info.version and git inputs.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSpecs } from "../../generator/diff/index.js";
import { ROOT } from "../helpers/run-cli.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: ROOT, env: { ...process.env, CI: "1", NO_COLOR: "1" }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 3) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const diff = (...args: string[]): Promise<Run> => cli("generator/diff-cli.ts", args);

let dir = "";
const SPEC = readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8");

/** spec/openapi.yaml with `flow`'s "none" removed from the request enum, at `version`. */
function breakingVersion(version: string): string {
  const file = path.join(dir, `head-${version}.yaml`);
  const text = SPEC.replace("version: 1.0.0", `version: ${version}`).replace(
    "enum: [redirect, receiver, code_verification, none]",
    "enum: [redirect, receiver, code_verification]",
  );
  expect(text).not.toBe(SPEC);
  writeFileSync(file, text);
  return file;
}

const POINTER =
  "/paths/~1v1~1sources/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/flow/enum";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "diff-cli-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run diff", () => {
  it("prints the report grouped by operation, and exits 1 on a breaking change without a major bump", async () => {
    const run = await diff("spec/openapi.yaml", breakingVersion("1.1.0"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'POST /v1/sources\n  breaking      request-enum-value-removed: `flow` in the request body: value "none" removed\n',
    );
    expect(run.stdout).toMatch(
      /spec\/openapi\.yaml:\d+:\d+ {2}\/paths\/~1v1~1sources\/post\/requestBody/,
    );
    // The request's `flow` enum no longer has the values of `SourceFlow` (which it shared), so
    // it gets a named export of its own.
    expect(run.stdout).toContain(
      "non-breaking  export-added: enum `CreateSourceParamsFlow` is newly exported",
    );
    expect(run.stdout).toContain("Verdict: major (1 breaking, 1 non-breaking, 0 info)");
    expect(run.stdout).toContain(
      "info.version 1.0.0 → 1.1.0: minor. Breaking changes need a new major version",
    );
  });

  it("prints exactly the JSON shape with --json, and exits 0 when the major version moved", async () => {
    const run = await diff("spec/openapi.yaml", breakingVersion("2.0.0"), "--json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      verdict: string;
      changes: Record<string, unknown>[];
    };
    expect(Object.keys(report)).toEqual(["verdict", "changes"]);
    expect(report.verdict).toBe("major");
    expect(report.changes).toEqual([
      {
        level: "breaking",
        code: "request-enum-value-removed",
        message: '`flow` in the request body: value "none" removed',
        pointer: POINTER,
        file: "spec/openapi.yaml",
        line: expect.any(Number),
        column: expect.any(Number),
      },
      {
        level: "non-breaking",
        code: "export-added",
        message: "enum `CreateSourceParamsFlow` is newly exported",
        pointer: POINTER.replace(/\/enum$/, ""),
        file: expect.stringMatching(/head-2\.0\.0\.yaml$/),
        line: expect.any(Number),
        column: expect.any(Number),
      },
    ]);
    const { line, column } = report.changes[0] as { line: number; column: number };
    expect(SPEC.split("\n")[line - 1]!.slice(column - 1)).toMatch(
      /^enum: \[redirect, receiver, code_verification, none\]/,
    );
  });

  it("exits 0 when the breaking change is in the ignore list, and shows the reason", async () => {
    const ignore = path.join(dir, "accepted.txt");
    writeFileSync(
      ignore,
      `# accepted breaking changes\nrequest-enum-value-removed ${POINTER}  "none" was never accepted by the API\n`,
    );
    const run = await diff("spec/openapi.yaml", breakingVersion("1.1.0"), "--ignore", ignore);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('reason: "none" was never accepted by the API');
    // What is left is the request enum's new export (non-breaking).
    expect(run.stdout).toContain("Verdict: minor");
  });

  it("exits 2 on an ignore entry without a reason, at its line and column", async () => {
    const ignore = path.join(dir, "no-reason.txt");
    writeFileSync(ignore, `\n  request-enum-value-removed ${POINTER}\n`);
    const run = await diff("spec/openapi.yaml", "--ignore", ignore);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /no-reason\.txt:2:3: error: no reason given for ignoring request-enum-value-removed/,
    );
  });

  it("exits 2 on a bad spec with the diagnostic generate gives", async () => {
    const bad = "test/fixtures/bad/unresolved-local-ref.yaml";
    const generate = await cli("dist/bin.js", ["--spec", bad, "--out", path.join(dir, "out")]);
    const run = await diff(bad);
    expect(run.code).toBe(2);
    expect(generate.code).toBe(2);
    const first = generate.stderr.split("\n")[0]!;
    expect(first).toMatch(
      /^test\/fixtures\/bad\/unresolved-local-ref\.yaml:\d+:\d+: error\[unresolved-ref\]/,
    );
    expect(run.stderr).toContain(first);
  });

  it("exits 2 without BASE", async () => {
    const run = await diff();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing BASE");
  });
});

describe("diffSpecs", () => {
  it("reads git:REF:PATH and finds nothing between HEAD's spec and itself", async () => {
    const result = await diffSpecs({
      base: "git:HEAD:spec/openapi.yaml",
      head: "git:HEAD:spec/openapi.yaml",
    });
    expect(result.kind).toBe("compared");
    if (result.kind !== "compared") return;
    expect(result.changes).toEqual([]);
    expect(result.verdict).toBe("none");
    expect(result.exitCode).toBe(0);
  });

  it("locates a change in a git version as git:REF:PATH:line:col", async () => {
    const result = await diffSpecs({
      base: "git:HEAD:spec/openapi.yaml",
      head: breakingVersion("1.0.1"),
    });
    if (result.kind !== "compared") throw new Error(result.kind);
    expect(result.changes.map((c) => [c.code, c.file])).toEqual([
      ["request-enum-value-removed", "git:HEAD:spec/openapi.yaml"],
      ["export-added", expect.stringMatching(/head-1\.0\.1\.yaml$/)],
    ]);
    expect(result.versions).toEqual({ base: "1.0.0", head: "1.0.1", bump: "patch" });
  });

  it("treats a 0.x minor bump as the major one semver allows", async () => {
    const base = path.join(dir, "zero-base.yaml");
    writeFileSync(base, SPEC.replace("version: 1.0.0", "version: 0.3.0"));
    const result = await diffSpecs({ base, head: breakingVersion("0.4.0") });
    if (result.kind !== "compared") throw new Error(result.kind);
    expect(result.verdict).toBe("major");
    expect(result.exitCode).toBe(0);
  });

  it("exits 2 on an unknown git ref", async () => {
    await expect(
      diffSpecs({ base: "git:no-such-ref:spec/openapi.yaml", head: "spec/openapi.yaml" }),
    ).rejects.toThrow(/no-such-ref/);
  });
});
