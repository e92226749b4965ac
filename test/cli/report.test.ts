import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { codeFrame, formatDiagnostic, formatSummary, useColor } from "../../generator/report.js";

const text = ["openapi: 3.0.3", "paths:", "  /x:", "    get: {responses: nope}", "info: {}"].join(
  "\n",
);
const readText = (file: string): string | undefined => (file === "spec.yaml" ? text : undefined);

const diagnostic: Diagnostic = {
  code: "schema-violation",
  severity: "error",
  message: "Expected type `Responses` (object) but got `string`",
  pointer: "/paths/~1x/get/responses",
  position: { file: "spec.yaml", line: 4, column: 24 },
};

describe("formatDiagnostic", () => {
  test("position, code, message, pointer, hint, code frame with caret", () => {
    expect(formatDiagnostic(diagnostic, { color: false, readText })).toBe(
      [
        "spec.yaml:4:24: error[schema-violation]: Expected type `Responses` (object) but got `string`",
        "  at /paths/~1x/get/responses",
        "  hint: Correct the field as the OpenAPI specification describes it.",
        "      3 |   /x:",
        "    > 4 |     get: {responses: nope}",
        "        |                        ^",
        "      5 | info: {}",
      ].join("\n"),
    );
  });

  test("no position: no location prefix, no frame; explicit hint wins", () => {
    const d: Diagnostic = {
      code: "file-not-found",
      severity: "error",
      message: "cannot read spec file x.yaml: not found",
      hint: "Try --spec spec/openapi.yaml.",
    };
    expect(formatDiagnostic(d, { color: false, readText })).toBe(
      "error[file-not-found]: cannot read spec file x.yaml: not found\n  hint: Try --spec spec/openapi.yaml.",
    );
  });

  test("warnings say warning", () => {
    const d: Diagnostic = { ...diagnostic, severity: "warning" };
    expect(formatDiagnostic(d, { color: false, readText })).toMatch(
      /^spec\.yaml:4:24: warning\[schema-violation\]/,
    );
  });

  test("colour only when asked", () => {
    const plain = formatDiagnostic(diagnostic, { color: false, readText });
    const colored = formatDiagnostic(diagnostic, { color: true, readText });
    expect(plain).not.toContain("\u001b[");
    expect(colored).toContain("\u001b[31merror[schema-violation]\u001b[39m");
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  test("unreadable source: no frame, no crash", () => {
    const out = formatDiagnostic(diagnostic, {
      color: false,
      readText: () => {
        throw new Error("boom");
      },
    });
    expect(out.split("\n")).toHaveLength(3);
  });
});

describe("codeFrame", () => {
  test("first line has no line before it", () => {
    expect(codeFrame("a: 1\nb: 2\n", 1, 4)).toEqual([
      "    > 1 | a: 1",
      "        |    ^",
      "      2 | b: 2",
    ]);
  });

  test("tabs are kept so the caret lines up", () => {
    const frame = codeFrame("x\n\tkey: value\n", 2, 7);
    expect(frame[2]).toBe("        | \t     ^");
  });

  test("long lines are cut around the column (minified JSON)", () => {
    const line = "{" + '"k": 1, '.repeat(5000) + '"bad" }';
    const column = line.indexOf('"bad"') + 1;
    const frame = codeFrame(line, 1, column);
    expect(frame[0]!.length).toBeLessThan(140);
    const caret = frame[1]!.indexOf("^");
    expect(frame[0]!.slice(caret, caret + 5)).toBe('"bad"');
  });

  test("a position past the end shows nothing", () => {
    expect(codeFrame("a: 1\n", 9, 1)).toEqual([]);
  });
});

describe("useColor", () => {
  test("TTY and no CI/NO_COLOR", () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: true }, { CI: "true" })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
  });
});

describe("formatSummary", () => {
  const base = { check: false, out: "generated", stale: [], written: [], errors: 0, warnings: 0 };
  test("written", () => {
    expect(formatSummary({ ...base, exitCode: 0, fileCount: 14, written: ["a", "b", "c"] })).toBe(
      "generated 14 files into generated/ (3 changed)",
    );
  });
  test("up to date", () => {
    expect(formatSummary({ ...base, exitCode: 0 })).toBe("generated/ is up to date");
    expect(formatSummary({ ...base, exitCode: 0, check: true, warnings: 2 })).toBe(
      "generated/ is up to date (2 warnings)",
    );
  });
  test("stale", () => {
    expect(formatSummary({ ...base, exitCode: 1, check: true, stale: ["file1", "file2"] })).toBe(
      "stale: file1, file2",
    );
  });
  test("bad input and internal error", () => {
    expect(formatSummary({ ...base, exitCode: 2, errors: 1, warnings: 1 })).toBe(
      "generation failed: 1 error, 1 warning",
    );
    expect(formatSummary({ ...base, exitCode: 3 })).toMatch(/internal error.*please report/);
  });
});
