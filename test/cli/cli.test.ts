/** The CLI's arguments, help, exit codes and summaries, end to end. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "./run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.concurrent("arguments", () => {
  test("--help documents the flags and exit codes, exit 0", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const text of [
      "--spec FILE",
      "--out DIR",
      "--check",
      "--help",
      "Exit codes:",
      "owned by the generator",
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

    writeFileSync(readme, readFileSync(readme, "utf8") + "\n");
    writeFileSync(path.join(out, "leftover.txt"), "x");
    const stale = await runCli(["--spec", spec, "--out", out, "--check"]);
    expect(stale.code, stale.output).toBe(1);
    expect(stale.stderr).toContain("stale: leftover.txt, package.json");

    const fix = await runCli(["--spec", spec, "--out", out]);
    expect(fix.code, fix.output).toBe(0);
    expect(fix.stdout).toMatch(/\(2 changed\)/);
  });
});

describe("--accept-unknown-formats", () => {
  test("unknown formats become one warning per format; the package has its validators", async () => {
    const out = path.join(scratch, "unknown-format", "generated");
    const spec = "test/fixtures/bad/unknown-format.yaml";
    const result = await runCli(["--spec", spec, "--out", out, "--accept-unknown-formats"]);
    expect(result.code, result.output).toBe(0);
    expect(result.stderr).toContain(
      `${spec}:18:19: warning[unknown-format]: Unknown format "phone-number": the validators cannot check it. Accepted unchecked. (2 places)`,
    );
    expect(result.stderr).not.toContain("error[");
    const validators = readFileSync(path.join(out, "validators.js"), "utf8");
    expect(validators).toContain("export const validatePhone");
    expect(validators).not.toContain("phone-number");
    expect(readFileSync(path.join(out, "validators.d.ts"), "utf8")).toContain("validateCall");
  });
});
