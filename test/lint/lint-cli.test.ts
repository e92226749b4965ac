/**
 * `npm run lint:spec` through the real CLI: our spec passes with zero warnings (Stripe rules
 * applied through redocly.yaml's `apis:`), a non-Stripe JSON spec passes without them, broken
 * specs fail with file:line:col from Redocly and from the generator's own checks, and a file that
 * is not OpenAPI at all is bad input.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

function lint(...args: string[]): { code: number | null; out: string } {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "generator/lint-cli.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, CI: "1", NO_COLOR: "1" },
      timeout: 120_000,
    },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

describe("lint:spec", () => {
  it("passes on spec/openapi.yaml with zero warnings", () => {
    const run = lint("--max-warnings", "0");
    expect(run.out).toBe("1 file linted: 0 errors, 0 warnings\n");
    expect(run.code).toBe(0);
  });

  it("passes on a non-Stripe JSON spec: the Stripe rules (form bodies only) do not apply to it", () => {
    const run = lint("test/fixtures/lint/pets.json", "--max-warnings", "0");
    expect(run.out).toBe("1 file linted: 0 errors, 0 warnings\n");
    expect(run.code).toBe(0);
  });

  it("fails with positions from Redocly and from the generator's checks", () => {
    const run = lint(
      "test/fixtures/lint-broken/openapi.yaml",
      "test/fixtures/bad/unknown-format.yaml",
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      "test/fixtures/lint-broken/openapi.yaml:218:5: error[operation-operationId]: Operation object should contain `operationId` field.",
    );
    expect(run.out).toContain(
      'test/fixtures/lint-broken/openapi.yaml:637:5: error[no-unused-components]: Component: "Leftover" is never used.',
    );
    expect(run.out).toContain(
      'test/fixtures/bad/unknown-format.yaml:10:15: error[unknown-format]: Unknown format "phone-number": the validators cannot check it.',
    );
    expect(run.out).toMatch(/2 files linted: \d+ errors, \d+ warnings\n$/);
  });

  it("reports a duplicate operationId once, with the generator's message", () => {
    const run = lint("test/fixtures/bad/duplicate-operation-id.yaml");
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'test/fixtures/bad/duplicate-operation-id.yaml:14:20: error[duplicate-operation-id]: operationId "listPets" of GET /cats is already used by GET /pets',
    );
    expect(run.out).not.toContain("operation-operationId-unique");
  });

  it("exits 2 on a file that is not a readable OpenAPI document, and on bad arguments", () => {
    const bad = lint("test/fixtures/bad/invalid-yaml.yaml");
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("test/fixtures/bad/invalid-yaml.yaml:7:11: error[yaml-syntax]");
    expect(lint("--max-warnings", "many").code).toBe(2);
  });
});
