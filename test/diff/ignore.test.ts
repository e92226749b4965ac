/** The ignore list: its format, its errors (with positions) and what it acknowledges. */
import { describe, expect, it } from "vitest";
import { levelOf, type Change } from "../../generator/diff/changes.js";
import { applyIgnoreList, parseIgnoreList } from "../../generator/diff/ignore.js";

const change = (code: Change["code"], pointer: string): Change => ({
  code,
  level: levelOf(code),
  message: "m",
  pointer,
  side: "base",
});

describe("ignore list", () => {
  it("reads code, pointer and reason; skips comments and blank lines; accepts #/ and %20", () => {
    const list = parseIgnoreList(
      "# accepted\n\nexport-removed #/components/schemas/Old%20Name  renamed in 2.0 (ticket 12)\n",
      "ignore.txt",
    );
    expect(list.problems).toEqual([]);
    expect(list.entries).toEqual([
      {
        code: "export-removed",
        pointer: "/components/schemas/Old Name",
        reason: "renamed in 2.0 (ticket 12)",
        line: 3,
      },
    ]);
  });

  it.each([
    ["nope /a because", "ignore.txt:1:1", 'unknown change code "nope"'],
    ["export-removed components because", "ignore.txt:1:16", '"components" is not a JSON pointer'],
    ["  export-removed /a", "ignore.txt:1:3", "no reason given for ignoring export-removed /a"],
  ])("rejects %j at its position", (text, where, message) => {
    const [problem] = parseIgnoreList(text, "ignore.txt").problems;
    const { file, line, column } = problem!.position;
    expect(`${file}:${line}:${column}`).toBe(where);
    expect(problem!.message).toBe(message);
  });

  it("acknowledges changes by code and pointer, and reports entries that matched nothing", () => {
    const { entries } = parseIgnoreList("export-removed /a why\nexport-removed /b why not\n", "f");
    const applied = applyIgnoreList(
      [change("export-removed", "/a"), change("export-renamed", "/a")],
      entries,
    );
    expect(applied.kept.map((c) => c.code)).toEqual(["export-renamed"]);
    expect(applied.ignored.map((i) => i.entry.reason)).toEqual(["why"]);
    expect(applied.unused.map((e) => e.pointer)).toEqual(["/b"]);
  });
});
