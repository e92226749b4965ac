/** The CLI's arguments, help, exit codes, summaries and --check report (main(), in this process). */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "./run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("arguments", () => {
  test("--help documents the flags and exit codes, exit 0", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const text of [
      "--spec FILE",
      "--out DIR",
      "--check",
      "--force",
      "--strict-formats",
      "--help",
      "Exit codes:",
      ".generator-manifest.json",
    ]) {
      expect(result.stdout).toContain(text);
    }
    expect(result.stdout).toMatch(/^ {2}3 {2}internal error/m);
    expect(result.stderr).toBe("");
  });

  test("-h is --help", async () => {
    const result = await runCli(["-h"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: npm run generate");
  });

  test("an unknown flag exits 2 with a message", async () => {
    const result = await runCli(["--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option --frobnicate\nRun with --help for usage.\n");
  });

  test("a positional argument exits 2", async () => {
    const result = await runCli(["spec.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unexpected argument spec.yaml (use --spec FILE)");
  });

  test("a flag without its value exits 2", async () => {
    const result = await runCli(["--spec"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: Option '--spec <value>' argument missing\n/);
  });

  test("the default spec is spec/openapi.yaml", async () => {
    const result = await runCli(["--check", "--out", path.join(scratch, "defaults")]);
    // Whatever the state of the team's spec, it is the file that was read.
    expect(result.output).not.toContain("cannot read spec file");
  });
});

describe("generate, re-generate, --check (real pipeline)", () => {
  const spec = "test/fixtures/multi-file/openapi.yaml";
  const out = path.join(scratch, "petstore", "generated");
  const shown = path.relative(process.cwd(), out).split(path.sep).join("/") + "/";

  test("first run writes everything, second run touches nothing, --check detects drift", async () => {
    const first = await runCli(["--spec", spec, "--out", out]);
    expect(first.code, first.output).toBe(0);
    const m = /^generated (\d+) files into (.*) \((\d+) changed\)/m.exec(first.stdout);
    expect(m, first.output).not.toBeNull();
    expect(m![2]).toBe(shown);
    expect(m![3]).toBe(m![1]);

    const readme = path.join(out, "package.json");
    const mtime = statSync(readme).mtimeMs;
    const second = await runCli(["--spec", spec, "--out", out]);
    expect(second.code, second.output).toBe(0);
    expect(second.stdout).toMatch(
      new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is up to date`, "m"),
    );
    expect(statSync(readme).mtimeMs).toBe(mtime);

    const check = await runCli(["--spec", spec, "--out", out, "--check"]);
    expect(check.code, check.output).toBe(0);
    expect(check.stdout).toContain("is up to date");

    writeFileSync(
      readme,
      readFileSync(readme, "utf8").replace('"type": "module"', '"type": "commonjs"'),
    );
    writeFileSync(path.join(out, "leftover.txt"), "x");
    const stale = await runCli(["--spec", spec, "--out", out, "--check"]);
    expect(stale.code, stale.output).toBe(1);
    // A file the generator did not write is not its business (and is never deleted).
    expect(stale.stderr).toContain(
      "is stale: 1 file(s) differ from what the spec produces:\n  package.json\n",
    );
    expect(stale.stderr).toContain("--- a/package.json\n+++ b/package.json\n@@ ");
    expect(stale.stderr).toContain('-  "type": "commonjs",\n+  "type": "module",');
    expect(stale.stderr).toContain(
      `To update it, run: npx openapi-stripe-sources-generator --spec ${spec} --out ${out}`,
    );

    const fix = await runCli(["--spec", spec, "--out", out]);
    expect(fix.code, fix.output).toBe(0);
    expect(fix.stdout).toMatch(/\(1 changed\)/);
    expect(readFileSync(path.join(out, "leftover.txt"), "utf8")).toBe("x");
  });
});

describe("unknown formats", () => {
  const spec = "test/fixtures/bad/unknown-format.yaml";

  test("warn by default, one warning per format; the value is checked by its type", async () => {
    const out = path.join(scratch, "unknown-format", "generated");
    const result = await runCli(["--spec", spec, "--out", out]);
    expect(result.code, result.output).toBe(0);
    const warnings = result.stderr.split("\n").filter((l) => l.includes("warning[unknown-format]"));
    expect(warnings).toEqual([
      `${spec}:18:19: warning[unknown-format]: Unknown format "phone-number": the validators cannot check it. The value is checked by its type alone. (2 places)`,
    ]);
    expect(result.stderr).not.toContain("error[");
    const validators = readFileSync(path.join(out, "validators.js"), "utf8");
    expect(validators).toContain("export const validatePhone");
    expect(validators).not.toContain("phone-number");
    const { validatePhone } = (await import(path.join(out, "validators.js"))) as Record<
      string,
      (v: unknown) => boolean
    >;
    expect(validatePhone!("+1 555")).toBe(true);
    expect(validatePhone!(42)).toBe(false);
  });

  test("--strict-formats makes them errors, and --accept-unknown-formats is still accepted", async () => {
    const out = path.join(scratch, "strict-format", "generated");
    const strict = await runCli(["--spec", spec, "--out", out, "--strict-formats"]);
    expect(strict.code, strict.output).toBe(2);
    expect(strict.stderr).toContain('error[unknown-format]: Unknown format "phone-number"');
    const old = await runCli(["--spec", spec, "--out", out, "--accept-unknown-formats"]);
    expect(old.code, old.output).toBe(0);
  });
});
