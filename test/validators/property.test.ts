/**
 * The standalone validators agree with ajv compiling the same (normalised) schemas at run time,
 * with ajv-formats and the same options: same verdict and the same errors (instance path, keyword,
 * schema path), on generated valid and invalid instances.
 */
import fc from "fast-check";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_TUNING } from "../../generator/emit/validators.js";
import { knownFormats } from "../../generator/emit/validators/formats.js";
import type { ApiModel } from "../../generator/model/types.js";
import {
  cleanUp,
  compile,
  handModel,
  loadModel,
  validator,
  type CompiledValidator,
} from "./support.js";

afterAll(cleanUp);

const addFormats = addFormatsModule.default;

/** ajv at run time over the model's normalised document (ajv-formats for standard formats). */
function runtimeAjv(model: ApiModel): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({
    strict: false,
    logger: false,
    allErrors: DEFAULT_TUNING.allErrors,
    inlineRefs: DEFAULT_TUNING.inlineRefs,
  });
  addFormats(ajv);
  for (const [name, definition] of knownFormats()) {
    if (!ajv.formats[name]) ajv.addFormat(name, definition as never);
  }
  ajv.addSchema({ ...model.normalisedDocument, $id: "doc" });
  return (name) => {
    const fn = ajv.getSchema(`doc#/components/schemas/${encodeURIComponent(name)}`);
    if (!fn) throw new Error(`no schema ${name}`);
    return fn;
  };
}

type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  }
  return out;
}

function update(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = update(copy[head as number], rest, replace);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head as string] = update(copy[head as string], rest, replace);
  return copy;
}

function remove(value: unknown, path: Path): unknown {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1);
  const last = path[path.length - 1] as string | number;
  return update(value, parent, (node) => {
    if (Array.isArray(node)) return node.filter((_, i) => i !== last);
    const { [last as string]: _removed, ...rest } = node as Record<string, unknown>;
    return rest;
  });
}

/** Valid samples, each mutated at a random place: replaced by a random JSON value or removed. */
function instances(samples: readonly unknown[]): fc.Arbitrary<unknown> {
  const tricky = fc.constantFrom<unknown>(
    null,
    "",
    "2024-02-30",
    "2024-02-29T23:59:60Z",
    "not a date",
    1.5,
    -1,
    0,
    2 ** 31,
    true,
    [],
    {},
    "😀".repeat(600),
    "x".repeat(501),
  );
  const mutated = fc
    .tuple(
      fc.constantFrom(...samples),
      fc.nat(),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), tricky),
      fc.boolean(),
    )
    .map(([sample, index, replacement, drop]) => {
      const all = paths(sample);
      const path = all[index % all.length] as Path;
      return drop && path.length > 0
        ? remove(sample, path)
        : update(sample, path, () => replacement);
    });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...samples) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 6, arbitrary: mutated },
  );
}

/** Verdicts seen, to check that both valid and invalid instances were generated. */
const seen = { valid: 0, invalid: 0 };

function agree(standalone: CompiledValidator, runtime: ValidateFunction, value: unknown): void {
  const verdict = standalone(value);
  seen[verdict ? "valid" : "invalid"]++;
  expect(verdict).toBe(runtime(value));
  if (!verdict) {
    type Errors = readonly {
      instancePath: string;
      keyword: string;
      schemaPath: string;
      message?: string;
    }[];
    const summary = (errors: Errors | null | undefined) =>
      (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);
    const mine = standalone.errors ?? [];
    const theirs = runtime.errors ?? [];
    expect(summary(mine)).toEqual(summary(theirs));
    // ajv writes a schema path from the schema it compiled the keyword in: the referenced schema
    // when a `$ref` is called (`#/required`), the referring one when it is inlined
    // (`#/components/schemas/X/required`). The copies inline by size without annotations, so the
    // two may differ by that prefix only.
    mine.forEach((error, i) => {
      const other = (theirs[i] as { schemaPath: string }).schemaPath.slice(1);
      const path = error.schemaPath.slice(1);
      expect(path.endsWith(other) || other.endsWith(path), `${path} vs ${other}`).toBe(true);
    });
  }
}

describe("standalone validators agree with ajv at run time", () => {
  it("on a hand-built model exercising most keywords", async () => {
    const model = handModel({
      openapi: "3.0",
      schemas: {
        Everything: {
          type: "object",
          required: ["id", "kind", "tags"],
          properties: {
            id: { type: "string", minLength: 3, maxLength: 10, pattern: "^[a-z]+_" },
            kind: { type: "string", enum: ["a", "b", "c"] },
            count: { type: "integer", minimum: 0, maximum: 100, multipleOf: 5 },
            ratio: { type: "number", minimum: 0, exclusiveMinimum: true, nullable: true },
            tags: {
              type: "array",
              items: { type: "string", maxLength: 500 },
              uniqueItems: true,
              maxItems: 4,
            },
            when: { type: "string", format: "date-time" },
            day: { type: "string", format: "date" },
            link: { type: "string", format: "uri" },
            i32: { type: "integer", format: "int32" },
            meta: { type: "object", additionalProperties: { type: "string" }, maxProperties: 3 },
            child: { $ref: "#/components/schemas/Everything" },
            either: { oneOf: [{ type: "string" }, { type: "integer" }] },
            any: {
              anyOf: [{ type: "boolean" }, { $ref: "#/components/schemas/Point" }],
              nullable: true,
            },
            all: { allOf: [{ $ref: "#/components/schemas/Point" }, { required: ["x"] }] },
            not: { not: { type: "null" } },
            constant: { type: "object", enum: [{ a: 1 }, { b: [1, 2] }] },
          },
        },
        Point: {
          type: "object",
          properties: { x: { type: "number" }, y: { type: "number" } },
          additionalProperties: false,
        },
      },
    });
    const { module } = await compile(model);
    const runtime = runtimeAjv(model);
    const standalone = validator(module, "validateEverything");
    const compiled = runtime("Everything");
    const sample = {
      id: "abc_1",
      kind: "a",
      count: 10,
      ratio: 0.5,
      tags: ["x", "y"],
      when: "2024-02-29T10:00:00.123+02:00",
      day: "2024-02-29",
      link: "https://example.com/x",
      i32: 5,
      meta: { a: "b" },
      child: { id: "abc_2", kind: "b", tags: [] },
      either: 3,
      any: { x: 1, y: 2 },
      all: { x: 1 },
      not: 1,
      constant: { b: [1, 2] },
    };
    expect(standalone(sample)).toBe(true);
    fc.assert(
      fc.property(instances([sample, { id: "zz_", kind: "c", tags: ["q"], any: null }]), (value) =>
        agree(standalone, compiled, value),
      ),
      { numRuns: 600, seed: 20_251_122 },
    );
    expect(seen.valid).toBeGreaterThan(50);
    expect(seen.invalid).toBeGreaterThan(200);
  });

  it("with unevaluatedProperties (the evaluated-properties bookkeeping is kept when used)", async () => {
    const model = handModel({
      schemas: {
        Closed: {
          allOf: [{ $ref: "#/components/schemas/Base" }],
          properties: { extra: { type: "string" } },
          unevaluatedProperties: false,
        },
        Base: {
          type: "object",
          properties: {
            id: { type: "integer" },
            tags: { type: "array", prefixItems: [{ type: "string" }], unevaluatedItems: false },
          },
          required: ["id"],
        },
      },
    });
    const { module, files } = await compile(model);
    expect(files[0]?.contents).toContain("evaluated");
    const standalone = validator(module, "validateClosed");
    const compiled = runtimeAjv(model)("Closed");
    const sample = { id: 1, extra: "x", tags: ["a"] };
    expect(standalone(sample)).toBe(true);
    expect(standalone({ ...sample, other: 1 })).toBe(false);
    seen.valid = seen.invalid = 0;
    fc.assert(
      fc.property(instances([sample, { id: 2 }]), (value) => agree(standalone, compiled, value)),
      { numRuns: 400, seed: 11 },
    );
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it("on the seed spec's Source, from the retrieve example", async () => {
    const model = await loadModel("spec/openapi.yaml");
    const { module } = await compile(model);
    const runtime = runtimeAjv(model);
    const examples = (
      model.document.components as Record<string, Record<string, { value: unknown }>>
    ).examples as Record<string, { value: unknown }>;
    const sources = Object.values(examples)
      .map((example) => example.value)
      .filter((value) => (value as { object?: string } | null)?.object === "source");
    expect(sources.length).toBeGreaterThan(0);
    const standalone = validator(module, "validateSource");
    const compiled = runtime("Source");
    for (const source of sources) expect(standalone(source)).toBe(true);
    seen.valid = seen.invalid = 0;
    fc.assert(
      fc.property(instances(sources), (value) => agree(standalone, compiled, value)),
      { numRuns: 600, seed: 42 },
    );
    expect(seen.valid).toBeGreaterThan(50);
    expect(seen.invalid).toBeGreaterThan(200);
  });
});
