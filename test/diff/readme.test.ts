/** README's table of diff codes says what the catalogue says: every code, in its level's column. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CHANGE_CATALOGUE, type Level } from "../../generator/diff/changes.js";

it("lists every change code under its level", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const rows = readme
    .split("\n")
    .filter((l) => /^\| (operations|request|response|generated API, docs) /.test(l));
  expect(rows).toHaveLength(4);
  const listed = new Map<string, Level>();
  for (const row of rows) {
    const [, , breaking = "", nonBreaking = ""] = row.split("|");
    const [plain = "", infoPart = ""] = nonBreaking.split("(info:");
    const add = (cell: string, level: Level): void => {
      for (const m of cell.matchAll(/`([a-z-]+)`/g)) listed.set(m[1]!, level);
    };
    add(breaking, "breaking");
    add(plain, "non-breaking");
    add(infoPart, "info");
  }
  const expected = new Map(Object.entries(CHANGE_CATALOGUE).map(([code, e]) => [code, e.level]));
  expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
});
