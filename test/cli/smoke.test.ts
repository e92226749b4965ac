/**
 * Smoke tests of the real executable (`node dist/bin.js`, what `npm run generate` runs), and of the
 * generator installed from its packed tarball into a temporary project and run with `npx`. The
 * CLI's behaviour in detail is tested in-process (cli.test.ts and its neighbours).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { readTree } from "../helpers/files.js";
import { ROOT, runCli } from "../helpers/run-cli.js";

const scratch = mkdtempSync(path.join(tmpdir(), "smoke-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("node dist/bin.js", () => {
  test("--help, a bad flag, generate, --check up to date, --check stale", () => {
    expect(runCli(["--help"]).stdout).toContain("Usage: npm run generate");
    const bad = runCli(["--nope"]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      "error: unknown option --nope\nRun with --help for usage.\n",
    ]);

    const out = path.join(scratch, "out");
    const first = runCli(["--out", out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^generated \d+ files into .*out\/ \(\d+ changed\)\n$/);
    expect(runCli(["--out", out, "--check"]).stdout).toMatch(/out\/ is up to date\n$/);

    writeFileSync(path.join(out, "index.js"), "// edited\n");
    const stale = runCli(["--out", out, "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("is stale: 1 file(s) differ");
    expect(stale.stderr).toContain("+++ b/index.js");
    expect(stale.stderr).toContain("To update it, run: npx openapi-stripe-sources-generator --out");
  });
});

describe("the validators worker (node dist/bin.js)", () => {
  test("the same bytes as with every stage on the main thread; --timings names each thread", async () => {
    const split = path.join(scratch, "split");
    const cli = runCli(["--out", split, "--timings"]);
    expect(cli.code, cli.stderr).toBe(0);
    const laps = [...cli.stderr.matchAll(/^ *\d+ ms {2}(.+) \((.+)\)$/gm)].map((m) => [m[1], m[2]]);
    expect(laps.filter(([, thread]) => thread === "validators worker")).toEqual([
      ["receive model", "validators worker"],
      ["load ajv", "validators worker"],
      ["validators", "validators worker"],
    ]);
    expect(laps.filter(([, thread]) => thread === "main thread").map(([stage]) => stage)).toEqual([
      "guard",
      "up-to-date check",
      "load",
      "check",
      "model",
      "runtime",
      "emit",
      "format",
      "write",
    ]);

    const dist = pathToFileURL(path.join(ROOT, "dist/index.js")).href;
    const { run } = (await import(dist)) as typeof import("../../generator/index.js");
    const one = path.join(scratch, "one-thread");
    const result = await run({
      spec: "spec/openapi.yaml",
      out: one,
      check: false,
      validatorsWorker: false,
    });
    expect(result.exitCode).toBe(0);
    expect(result.timings.every(([, , thread]) => thread === "main thread")).toBe(true);
    expect(result.timings.map(([stage]) => stage)).toContain("validators");
    const [a, b] = [await readTree(split), await readTree(one)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
  });

  test("its diagnostics come back: --strict-formats fails on an unknown format", () => {
    const spec = "test/fixtures/bad/unknown-format.yaml";
    const strict = runCli([
      "--spec",
      spec,
      "--out",
      path.join(scratch, "strict"),
      "--strict-formats",
    ]);
    expect(strict.code, strict.stderr).toBe(2);
    expect(strict.stderr).toContain(
      `${spec}:18:19: error[unknown-format]: Unknown format "phone-number"`,
    );
  });
});

function sh(
  file: string,
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; output: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && k !== "NODE_OPTIONS") env[k] = v;
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env, encoding: "utf8", timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, output: stdout + stderr });
      },
    );
  });
}

describe("installed into another project", () => {
  test("npm install <the packed generator>, then npx generates what generated/ holds", async () => {
    const project = path.join(scratch, "app");
    cpSync(path.join(ROOT, "spec"), path.join(project, "spec"), { recursive: true });
    writeFileSync(path.join(project, "package.json"), '{ "name": "app", "private": true }\n');
    // dist/ is fresh (the suite's global setup): pack it as is.
    const packArgs = ["pack", "--json", "--ignore-scripts", "--pack-destination", project];
    const pack = await sh("npm", packArgs, ROOT);
    expect(pack.code, pack.output).toBe(0);
    const tarball = (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename;
    const flags = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline"];
    const install = await sh("npm", [...flags, `./${tarball}`], project);
    expect(install.code, install.output).toBe(0);
    expect(
      existsSync(path.join(project, "node_modules/openapi-stripe-sources-generator/generator")),
    ).toBe(false);

    const result = await sh(
      "npx",
      ["openapi-stripe-sources-generator", "--out", "client"],
      project,
    );
    expect(result.code, result.output).toBe(0);
    const produced = await readTree(path.join(project, "client"));
    const committed = await readTree(path.join(ROOT, "generated"));
    expect([...produced.keys()]).toEqual([...committed.keys()]);
    for (const [file, bytes] of produced)
      expect(bytes.equals(committed.get(file)!), file).toBe(true);
    expect(readFileSync(path.join(project, "spec/openapi.yaml"), "utf8")).toBe(
      readFileSync(path.join(ROOT, "spec/openapi.yaml"), "utf8"),
    );
  }, 300_000);
});
