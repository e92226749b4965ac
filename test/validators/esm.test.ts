/**
 * The shipped validators.js is real ESM that imports nothing: copied alone into a folder outside
 * the repository (no node_modules, so no ajv to fall back on), plain `node` loads and runs it.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators.js";
import { cleanUp, handModel, loadModel, tempFolder, writeFiles } from "./support.js";

afterAll(cleanUp);

function runNode(folder: string, script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: folder,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  }).trim();
}

describe("validators.js without ajv", () => {
  it("runs the seed spec's validators in a bare folder", async () => {
    const model = await loadModel("spec/openapi.yaml");
    const { files } = emitValidators(model);
    const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
    expect(js).not.toContain("require(");
    expect(js).not.toMatch(/^\s*(import|export \* from|export \{[^}]*\} from)\s/m);
    expect(js).not.toMatch(/\bimport\s*\(/);

    const folder = tempFolder("validators-esm-");
    expect(path.relative(process.cwd(), folder).startsWith("..")).toBe(true);
    writeFiles(folder, files);
    const components = model.document.components as Record<
      string,
      Record<string, { value: unknown }>
    >;
    const example = components.examples?.SourceAchCreditTransferPending?.value;
    const script = `
      const v = await import("./validators.js");
      const source = ${JSON.stringify(example)};
      const ok = v.validateSource(source);
      const bad = v.validateSource({ ...source, status: "bogus" });
      console.log(JSON.stringify({ ok, bad, path: v.validateSource.errors[0].instancePath,
        forward: v.validateRetrieveSourceResponse200({ ...source, type: "new_type", extra: 1 }) }));
    `;
    expect(JSON.parse(runNode(folder, script))).toEqual({
      ok: true,
      bad: false,
      path: "/status",
      forward: true,
    });
  });

  it("inlines ucs2length, deep equal, formats and the legacy-pattern fallback", () => {
    const model = handModel({
      schemas: {
        All: {
          type: "object",
          properties: {
            s: { type: "string", maxLength: 2 },
            e: { enum: [{ a: [1] }] },
            u: { type: "array", uniqueItems: true },
            d: { type: "string", format: "date-time" },
            r: { type: "string", format: "regex" },
            p: { type: "string", pattern: "^[\\:a]+$" },
          },
        },
      },
    });
    const { files } = emitValidators(model);
    const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
    expect(js).not.toContain("require(");
    for (const helper of [
      "__ucs2length",
      "__equal",
      "__regExp",
      "__format_date_time",
      "__format_regex",
    ]) {
      expect(js).toContain(helper);
    }
    const folder = tempFolder("validators-esm-");
    writeFiles(folder, files);
    const script = `
      const { validateAll: v } = await import("./validators.js");
      console.log(JSON.stringify([
        v({ s: "😀😀" }), v({ s: "abc" }),
        v({ e: { a: [1] } }), v({ e: { a: [2] } }),
        v({ u: [{ x: 1 }, { x: 2 }] }), v({ u: [{ x: 1 }, { x: 1 }] }),
        v({ d: "2024-01-01T00:00:00Z" }), v({ d: "2024-01-01" }),
        v({ r: "[a-z]+" }), v({ r: "(" }),
        v({ p: "a:a" }), v({ p: "b" }),
      ]));
    `;
    expect(JSON.parse(runNode(folder, script))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});
