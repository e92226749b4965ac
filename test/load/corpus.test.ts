/**
 * load + check over the real-world corpus (../shared/corpus, skipped when absent): only the
 * known-bad entries may produce errors, and only the known ones. Times are printed, not asserted.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { check } from "../../generator/check.js";
import { load } from "../../generator/load.js";
import { fileURLToPath } from "node:url";

/** ../shared/corpus beside the checkout (skipped when absent). */
const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const manifest: { name: string; file: string }[] = existsSync(path.join(CORPUS, "MANIFEST.json"))
  ? JSON.parse(readFileSync(path.join(CORPUS, "MANIFEST.json"), "utf8"))
  : [];

/** Errors expected from the known-bad entries (see known_issues in MANIFEST.json). */
const EXPECTED_ERRORS: Record<string, RegExp> = {
  // type: 'null' in a 3.0 document (20×) and path parameter mismatches (7×).
  openai:
    /^(schema-violation: `type: "null"` is OpenAPI 3.1|undeclared-path-parameter|unknown-path-parameter)/,
};

describe.skipIf(manifest.length === 0)("corpus: load + check", () => {
  test.each(manifest)("$name", async ({ name, file }) => {
    const t0 = performance.now();
    const loaded = await load(path.join(CORPUS, file));
    const t1 = performance.now();
    expect(loaded.spec, JSON.stringify(loaded.diagnostics.slice(0, 3))).toBeDefined();
    const checked = await check(loaded.spec!);
    const t2 = performance.now();
    const all = [...loaded.diagnostics, ...checked];
    const errors = all.filter((d) => d.severity === "error").map((d) => `${d.code}: ${d.message}`);
    const warnings = all.length - errors.length;
    console.log(
      `${name}: load ${(t1 - t0).toFixed(0)} ms, check ${(t2 - t1).toFixed(0)} ms, ` +
        `${loaded.spec!.files.length} files, ${errors.length} errors, ${warnings} warnings`,
    );
    const expected = EXPECTED_ERRORS[name];
    if (expected) {
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(expected);
    } else {
      expect(errors).toEqual([]);
    }
    // Every diagnostic is positioned, with a relative path.
    for (const d of all) {
      expect(d.position, d.message).toBeDefined();
      expect(path.isAbsolute(d.position!.file)).toBe(false);
    }
    // Every $ref left in a structural position is local.
    const nonLocal: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (k === "$ref" && typeof x === "string" && !x.startsWith("#")) nonLocal.push(x);
          else walk(x);
        }
      }
    };
    walk(loaded.spec!.document);
    expect(nonLocal).toEqual([]);
  });
});
