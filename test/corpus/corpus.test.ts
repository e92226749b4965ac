/**
 * The real-world corpus (../shared/corpus beside the checkout), the one corpus suite:
 *
 * 1. Every entry is loaded and checked in this process: only the known-bad entries produce errors
 *    (only the known ones), every diagnostic has a relative file:line:col, and every `$ref` left in
 *    the bundled document is local.
 * 2. A representative subset goes through the real CLI, checked as `npm run corpus` checks it
 *    (bench/corpus.ts): the package type-checks (TypeScript 7, strict) and its validators import
 *    and run in plain node, or the spec is rejected with exit 2 and `file:line:col` errors. The
 *    subset: petstore-expanded (allOf, 3.0), webhook-example (no paths), museum (3.1, webhooks,
 *    binary response), openapi-starter (multi-file, unknown format "ulid": a warning), figma
 *    (discriminators, recursion), discourse (all inline, multipart, odd property names) and the
 *    known-bad openai (rejected). `CORPUS_FULL=1` runs every entry (about 5 minutes on 2 cores).
 *
 * Skipped when the corpus is absent.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSpec, corpusEntries, type CorpusEntry } from "../../bench/corpus.js";
import { check } from "../../generator/check.js";
import { load } from "../../generator/load.js";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const present = existsSync(path.join(corpusDir, "MANIFEST.json"));

const SUBSET = [
  "oai-petstore-expanded",
  "oai-webhook-example",
  "redocly-museum",
  "redocly-openapi-starter",
  "figma",
  "discourse",
  "openai",
];

/** Known-bad entries that are rejected, and the error codes they are rejected with. */
const REJECTED: Record<string, readonly string[]> = {
  openai: ["schema-violation", "undeclared-path-parameter", "unknown-path-parameter"],
};

/** Errors of the known-bad entries at load + check (see known_issues in MANIFEST.json). */
const CHECK_ERRORS: Record<string, RegExp> = {
  // type: 'null' in a 3.0 document (20×) and path parameter mismatches (7×).
  openai:
    /^(schema-violation: `type: "null"` is OpenAPI 3.1|undeclared-path-parameter|unknown-path-parameter)/,
};

/** Entries with formats the validators do not know (a warning each), and those formats. */
const UNKNOWN_FORMATS: Record<string, readonly string[]> = {
  "redocly-openapi-starter": ["ulid"],
  digitalocean: ["cidr", "string"],
  "twilio-api-v2010": [
    "currency",
    "date-time-rfc-2822",
    "endpoint",
    "http-method",
    "ice-server",
    "iso-country-code",
    "phone-number",
    "phone-number-capabilities",
    "twiml",
    "uri-map",
  ],
  box: ["<width>x<height>", "digest", "jwt", "space_delimited_list", "timezone", "token", "urn"],
};

const PLACE = /^\S.*:\d+:\d+: error\[[\w-]+\]: /;

const all: CorpusEntry[] = present ? corpusEntries(corpusDir) : [];
const entries = all.filter((e) => process.env.CORPUS_FULL || SUBSET.includes(e.name));

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "corpus-test-"));
});
afterAll(() => (temp ? rm(temp, { recursive: true, force: true }) : undefined));

describe.skipIf(!present)("corpus: load + check, every entry", () => {
  it.each(all)("$name", async ({ name, file }) => {
    const loaded = await load(path.join(corpusDir, file));
    expect(loaded.spec, JSON.stringify(loaded.diagnostics.slice(0, 3))).toBeDefined();
    const diagnostics = [...loaded.diagnostics, ...(await check(loaded.spec!))];
    const errors = diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => `${d.code}: ${d.message}`);
    const expected = CHECK_ERRORS[name];
    if (expected) {
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(expected);
    } else {
      expect(errors).toEqual([]);
    }
    for (const d of diagnostics) {
      expect(d.position, d.message).toBeDefined();
      expect(path.isAbsolute(d.position!.file)).toBe(false);
    }
    expect(nonLocalRefs(loaded.spec!.document)).toEqual([]);
  });
});

function nonLocalRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => nonLocalRefs(v, found));
  else if (value && typeof value === "object") {
    for (const [k, x] of Object.entries(value)) {
      if (k === "$ref" && typeof x === "string" && !x.startsWith("#")) found.push(x);
      else nonLocalRefs(x, found);
    }
  }
  return found;
}

describe.skipIf(!present)("corpus: the real CLI, then the package as a consumer uses it", () => {
  it("has the subset's entries", () => {
    for (const name of SUBSET) expect(entries.map((e) => e.name)).toContain(name);
  });

  for (const entry of entries) {
    it(entry.name, { timeout: 300_000 }, async () => {
      const result = await checkSpec(entry, { corpusDir, temp, timeout: 240_000 });
      console.log(
        `${entry.name}: ${result.status} ${result.detail} ` +
          `(generate ${Math.round(result.generateMs ?? 0)} ms, tsc ${Math.round(result.typecheckMs ?? 0)} ms)`,
      );
      expect(result.status, result.detail).not.toBe("fail");

      const rejected = REJECTED[entry.name];
      if (rejected) {
        expect(entry.knownBad).toBe(true);
        expect(result.status).toBe("rejected");
        expect(result.detail.split(", ")).toEqual(rejected);
        expect(result.firstError).toMatch(PLACE);
        await rm(path.join(temp, entry.name), { recursive: true, force: true });
        return;
      }
      expect(result.status, result.firstError).toBe("ok");
      expect(result.validators).toBeGreaterThan(0);

      // Unknown formats: generated without any flag, one warning per format.
      const formats = UNKNOWN_FORMATS[entry.name];
      expect(result.unknownFormats?.formats ?? []).toEqual(formats ?? []);
      if (formats) {
        expect(result.unknownFormats?.firstWarning).toMatch(
          /^\S.*:\d+:\d+: warning\[unknown-format\]: /,
        );
      }
      await rm(path.join(temp, entry.name), { recursive: true, force: true });
      await rm(path.join(temp, `${entry.name}-tsc`), { recursive: true, force: true });
    });
  }
});
