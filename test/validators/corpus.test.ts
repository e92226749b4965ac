/**
 * The real-world corpus (../shared/corpus): every spec either gets validators that import and
 * run, or stops with clear diagnostics (never an internal error). Specs whose only errors are
 * unknown formats pass once those formats are declared in `x-formats`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators.js";
import type { ApiModel } from "../../generator/model/types.js";
import { cleanUp, loadModel, tempFolder, writeFiles } from "./support.js";

afterAll(cleanUp);

/** ../shared/corpus beside the checkout (skipped when absent). */
const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const SPECS: Record<string, string> = {
  "oai-petstore": "oai-petstore/petstore.yaml",
  "oai-petstore-expanded": "oai-petstore-expanded/petstore-expanded.yaml",
  "oai-webhook-example": "oai-webhook-example/webhook-example.yaml",
  "redocly-museum": "redocly-museum/openapi.yaml",
  "redocly-openapi-starter": "redocly-openapi-starter/openapi/openapi.yaml",
  digitalocean: "digitalocean/specification/DigitalOcean-public.v2.yaml",
  "twilio-api-v2010": "twilio-api-v2010/twilio_api_v2010.json",
  box: "box/openapi.json",
  openai: "openai/openapi.yaml",
  "adyen-checkout-v71": "adyen-checkout-v71/CheckoutService-v71.json",
  discourse: "discourse/openapi.yml",
  figma: "figma/openapi.yaml",
  acapy: "acapy/openapi.json",
};

/** Specs whose validators need their odd formats declared (see the final report). */
const UNKNOWN_FORMATS: Record<string, string[]> = {
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

function unknownFormats(diagnostics: readonly { code: string; message: string }[]): string[] {
  const names = new Set<string>();
  for (const d of diagnostics) {
    const match =
      d.code === "unknown-format" ? /Unknown format ("(?:[^"\\]|\\.)*")/.exec(d.message) : null;
    if (match) names.add(JSON.parse(match[1] as string) as string);
  }
  return [...names].sort();
}

describe.skipIf(!existsSync(CORPUS))("corpus", () => {
  for (const [name, file] of Object.entries(SPECS)) {
    it(name, async () => {
      const model: ApiModel = await loadModel(path.join(CORPUS, file));
      const first = emitValidators(model);
      expect(first.diagnostics.filter((d) => d.code === "internal-error")).toEqual([]);
      expect(unknownFormats(first.diagnostics)).toEqual(UNKNOWN_FORMATS[name] ?? []);
      const otherErrors = first.diagnostics.filter(
        (d) => d.severity === "error" && d.code !== "unknown-format",
      );
      expect(otherErrors).toEqual([]);

      const declared = UNKNOWN_FORMATS[name]
        ? { ...model, document: { ...model.document, "x-formats": UNKNOWN_FORMATS[name] } }
        : model;
      const started = performance.now();
      const { files, diagnostics } = emitValidators(declared);
      const emitMs = performance.now() - started;
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
      expect(js).not.toMatch(/require\("ajv/);

      const folder = tempFolder("validators-corpus-");
      writeFiles(folder, files);
      const module = (await import(
        pathToFileURL(path.join(folder, "validators.js")).href
      )) as Record<string, (value: unknown) => boolean>;
      const exported = Object.values(module);
      expect(exported.length).toBe(
        model.schemas.length +
          model.operations.reduce(
            (n, op) =>
              n +
              (op.requestValidatorName ? 1 : 0) +
              op.responses.filter((r) => r.validatorName).length,
            0,
          ),
      );
      // Every validator runs on a few values without throwing.
      for (const fn of exported) for (const value of [null, {}, [], "x", 1]) fn(value);

      if (name === "openai" || name === "box") {
        expect(emitValidators(declared).files).toEqual(files);
      }

      const warnings = diagnostics.filter((d) => d.severity === "warning");
      console.log(
        `${name}: ${exported.length} validators, emit ${Math.round(emitMs)} ms, ` +
          `validators.js ${(js.length / 1024).toFixed(0)} kB` +
          (warnings.length
            ? `, warnings: ${warnings.map((d) => `${d.code} ${d.pointer}`).join("; ")}`
            : ""),
      );
    });
  }
});
