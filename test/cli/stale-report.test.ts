/** The short unified diff `--check` prints for a stale file. */
import { describe, expect, test } from "vitest";
import { formatStale, unifiedDiff } from "../../generator/stale-report.js";

const lines = (n: number, tag = ""): string =>
  Array.from({ length: n }, (_, i) => `line ${i + 1}${tag}`).join("\n") + "\n";

describe("unifiedDiff", () => {
  test("one changed line, three lines of context each side", () => {
    const before = lines(20);
    const after = before.replace("line 10\n", "line ten\n");
    expect(unifiedDiff("a.ts", before, after)).toEqual([
      "--- a/a.ts",
      "+++ b/a.ts",
      "@@ -7,7 +7,7 @@",
      " line 7",
      " line 8",
      " line 9",
      "-line 10",
      "+line ten",
      " line 11",
      " line 12",
      " line 13",
    ]);
  });

  test("a missing file and a file that would be removed", () => {
    expect(unifiedDiff("new.ts", undefined, "a\n")).toEqual([
      "--- /dev/null",
      "+++ b/new.ts",
      "@@ -0,0 +1,1 @@",
      "+a",
    ]);
    expect(unifiedDiff("old.ts", "a\n", undefined)).toEqual([
      "--- a/old.ts",
      "+++ /dev/null",
      "@@ -1,1 +0,0 @@",
      "-a",
    ]);
  });

  test("a long change is cut", () => {
    const diff = unifiedDiff("big.ts", lines(100), lines(100, "!"));
    expect(diff).toHaveLength(3 + 24 + 1);
    expect(diff.at(-1)).toBe("… (176 more lines)");
  });
});

test("formatStale lists every file, diffs the first three, and names the fix", () => {
  const stale = ["a", "b", "c", "d"];
  const text = formatStale({
    out: "generated/",
    stale,
    expected: new Map(stale.map((f) => [f, `${f} new\n`])),
    current: (f) => `${f} old\n`,
    fix: "npm run generate",
  });
  expect(text.split("\n").slice(0, 5)).toEqual([
    "generated/ is stale: 4 file(s) differ from what the spec produces:",
    "  a",
    "  b",
    "  c",
    "  d",
  ]);
  expect(text).toContain("+c new");
  expect(text).not.toContain("+d new");
  expect(text).toContain("(diffs of 1 more file(s) not shown)");
  expect(text.endsWith("To update it, run: npm run generate")).toBe(true);
});
