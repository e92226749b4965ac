import { readFile } from "node:fs/promises";
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { RESERVED_EXPORTS } from "../../generator/model/reserved.js";

/** Names exported by a module's source, read with the TypeScript parser. */
function exportedNames(source: string): string[] {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    }
  }
  return names;
}

describe("reserved export names", () => {
  it("cover every name the runtime's entry module exports", async () => {
    const source = await readFile(
      new URL("../../templates/runtime/index.ts", import.meta.url),
      "utf8",
    );
    const exported = exportedNames(source);
    expect(exported.length).toBeGreaterThan(5);
    expect(exported.filter((name) => !RESERVED_EXPORTS.includes(name))).toEqual([]);
  });
});
