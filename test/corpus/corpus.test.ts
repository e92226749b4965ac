/**
 * The real-world corpus (../shared/corpus beside the checkout) through the real CLI, checked as
 * `npm run corpus` checks it (bench/corpus.ts): the package type-checks with tsc --strict and its
 * validators run in plain node, or the spec is rejected with exit 2 and `file:line:col` errors.
 *
 * The full corpus takes about 5 minutes on 2 cores, so CI runs a representative subset:
 * petstore-expanded (allOf, 3.0), webhook-example (no paths), museum (3.1, webhooks, binary
 * response), openapi-starter (multi-file, unknown format "ulid" without the flag), figma
 * (discriminators, recursion), discourse (all inline, multipart, odd property names) and the
 * known-bad openai (rejected). `CORPUS_FULL=1` runs every entry. Skipped when the corpus is absent.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSpec, corpusEntries, type CorpusEntry } from "../../bench/corpus.js";

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

/** Entries that need --accept-unknown-formats, and the formats named without it. */
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

const entries: CorpusEntry[] = present
  ? corpusEntries(corpusDir).filter((e) => process.env.CORPUS_FULL || SUBSET.includes(e.name))
  : [];

let temp = "";
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "corpus-test-"));
});
afterAll(() => (temp ? rm(temp, { recursive: true, force: true }) : undefined));

describe.skipIf(!present)("corpus", () => {
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

      const formats = UNKNOWN_FORMATS[entry.name];
      if (formats) {
        expect(result.acceptedUnknownFormats).toBe(true);
        expect(result.unknownFormats?.exitCode).toBe(2);
        expect(result.unknownFormats?.formats).toEqual(formats);
        expect(result.unknownFormats?.firstError).toMatch(PLACE);
        expect(result.unknownFormats?.firstError).toContain("error[unknown-format]");
      } else {
        expect(result.acceptedUnknownFormats).toBe(false);
      }
      await rm(path.join(temp, entry.name), { recursive: true, force: true });
      await rm(path.join(temp, `${entry.name}-tsc`), { recursive: true, force: true });
    });
  }
});
