/**
 * Every example in spec/openapi.yaml (media types, parameters, schemas) validates against its
 * schema with ajv (JSON Schema 2020-12, ajv-formats, plus the generator's `unix-time` format).
 * Local `$ref`s resolve because the whole document is registered under one `$id`.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPEC_ID = "https://stripe-sources.invalid/openapi.json";
const specText = readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8");
const spec = parse(specText) as JsonObject;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function resolvePointer(pointer: string): Json | undefined {
  let node: Json | undefined = spec;
  for (const raw of pointer.replace(/^#/, "").split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

function makeAjv(): Ajv2020 {
  // Strict, except strictRequired: the create body's condition (`required: [type]` or
  // `required: [customer, original_source]`) names properties declared one level up, which ajv's
  // strictRequired (off by default) does not see because it checks `anyOf` before `properties`.
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  ajv.addFormat("unix-time", {
    type: "number",
    validate: (value: number) => Number.isInteger(value) && value >= 0,
  });
  ajv.addKeyword({ keyword: "x-open-enum", schemaType: "boolean" });
  // OpenAPI annotations that may sit next to schema keywords (ignored by validation).
  ajv.addKeyword({ keyword: "example" });
  ajv.addKeyword({ keyword: "externalDocs" });
  // The document root is compiled when a pointer into it is resolved: its OpenAPI fields are
  // declared as (non-validating) keywords so that strict mode accepts it.
  const rootKeys = ["openapi", "info", "servers", "security", "tags", "paths", "components"];
  // …and so are its root extensions (x-retries, x-errors, …: read by the generator, not ajv).
  for (const keyword of [...rootKeys, ...Object.keys(spec).filter((k) => k.startsWith("x-"))]) {
    ajv.addKeyword({ keyword });
  }
  // The OpenAPI document itself is not a schema: register it as a plain container under an $id so
  // that `<id>#/components/schemas/Source` and inline schemas resolve through JSON pointers.
  ajv.addSchema({ ...spec, $id: SPEC_ID }, SPEC_ID, undefined, false);
  return ajv;
}

interface ExampleCase {
  /** JSON pointer of the example value (after resolving an Example `$ref`). */
  readonly where: string;
  /** JSON pointer of the schema the example must satisfy. */
  readonly schemaPointer: string;
  readonly kind: "media-type" | "parameter" | "schema";
  readonly value: Json;
  /** The component example it came from, when it was a `$ref`. */
  readonly via?: string;
}

const SCHEMA_MAP_KEYS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
const SCHEMA_KEYS = new Set([
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
]);
const SCHEMA_ARRAY_KEYS = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);

function exampleValue(example: Json | undefined, where: string): { value: Json; via?: string } {
  if (isObject(example) && typeof example.$ref === "string") {
    const target = resolvePointer(example.$ref);
    if (!isObject(target) || target.value === undefined) {
      throw new Error(`${where}: unresolvable example $ref ${example.$ref}`);
    }
    return { value: target.value, via: example.$ref };
  }
  if (!isObject(example) || example.value === undefined) {
    throw new Error(`${where}: an Example object needs a value`);
  }
  return { value: example.value };
}

/** Walks the document and collects every example with the schema it must satisfy. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];

  function visitSchema(node: Json, pointer: string): void {
    if (!isObject(node)) return;
    if (Array.isArray(node.examples)) {
      node.examples.forEach((value, index) =>
        cases.push({
          where: `${pointer}/examples/${index}`,
          schemaPointer: pointer,
          kind: "schema",
          value,
        }),
      );
    }
    if (node.example !== undefined) {
      cases.push({
        where: `${pointer}/example`,
        schemaPointer: pointer,
        kind: "schema",
        value: node.example,
      });
    }
    for (const [key, child] of Object.entries(node)) {
      const childPointer = `${pointer}/${escapePointer(key)}`;
      if (SCHEMA_MAP_KEYS.has(key) && isObject(child)) {
        for (const [name, sub] of Object.entries(child)) {
          visitSchema(sub, `${childPointer}/${escapePointer(name)}`);
        }
      } else if (SCHEMA_KEYS.has(key)) {
        visitSchema(child, childPointer);
      } else if (SCHEMA_ARRAY_KEYS.has(key) && Array.isArray(child)) {
        child.forEach((sub, index) => visitSchema(sub, `${childPointer}/${index}`));
      }
    }
  }

  function visitExamplesOf(node: JsonObject, pointer: string, kind: ExampleCase["kind"]): void {
    const schemaPointer = `${pointer}/schema`;
    if (node.example !== undefined) {
      cases.push({ where: `${pointer}/example`, schemaPointer, kind, value: node.example });
    }
    if (isObject(node.examples)) {
      for (const [name, example] of Object.entries(node.examples)) {
        const where = `${pointer}/examples/${escapePointer(name)}`;
        const { value, via } = exampleValue(example, where);
        cases.push({ where, schemaPointer, kind, value, ...(via ? { via } : {}) });
      }
    }
  }

  function visit(node: Json, pointer: string, parentKey: string | undefined): void {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${pointer}/${index}`, parentKey));
      return;
    }
    if (!isObject(node)) return;
    const isMediaType = parentKey === "content";
    const isParameter =
      typeof node.name === "string" && typeof node.in === "string" && node.schema !== undefined;
    if (isMediaType) visitExamplesOf(node, pointer, "media-type");
    if (isParameter) visitExamplesOf(node, pointer, "parameter");
    for (const [key, child] of Object.entries(node)) {
      const childPointer = `${pointer}/${escapePointer(key)}`;
      // Example values are data, never walked; component examples are reached through their $refs.
      if (key === "example" || key === "examples") continue;
      if (key === "schema") visitSchema(child, childPointer);
      else if (key === "schemas" && pointer === "#/components" && isObject(child)) {
        for (const [name, schema] of Object.entries(child)) {
          visitSchema(schema, `${childPointer}/${escapePointer(name)}`);
        }
      } else if (key === "content" && isObject(child)) {
        for (const [mediaType, media] of Object.entries(child)) {
          visit(media, `${childPointer}/${escapePointer(mediaType)}`, "content");
        }
      } else visit(child, childPointer, key);
    }
  }

  visit(spec, "#", undefined);
  return cases;
}

function validate(ajv: Ajv2020, schemaPointer: string, value: Json): ErrorObject[] {
  const schema = resolvePointer(schemaPointer);
  if (schema === undefined) throw new Error(`no schema at ${schemaPointer}`);
  const check = ajv.compile({ $ref: `${SPEC_ID}${schemaPointer}` });
  return check(value) ? [] : [...(check.errors ?? [])];
}

function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}

const ajv = makeAjv();
const cases = collectExamples();
const responseExamples = cases.filter(
  (c) => c.kind === "media-type" && /\/responses\/200\/content\//.test(c.where),
);
const requestExamples = cases.filter(
  (c) => c.kind === "media-type" && /\/requestBody\//.test(c.where),
);

describe("spec examples", () => {
  it("finds the examples", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(responseExamples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s validates", (_where, example) => {
    const errors = validate(ajv, example.schemaPointer, example.value);
    expect(
      describeErrors(errors),
      `${example.where}${example.via ? ` (${example.via})` : ""}`,
    ).toBe("");
  });

  it("has a 200 response example for each of the five operations", () => {
    const operations = [
      "#/paths/~1v1~1sources/post",
      "#/paths/~1v1~1sources~1{source}/get",
      "#/paths/~1v1~1sources~1{source}/post",
      "#/paths/~1v1~1customers~1{customer}~1sources/post",
      "#/paths/~1v1~1customers~1{customer}~1sources~1{id}/delete",
    ];
    for (const operation of operations) {
      const found = responseExamples.filter((c) =>
        c.where.startsWith(`${operation}/responses/200/`),
      );
      expect(found.length, operation).toBeGreaterThanOrEqual(1);
    }
  });

  it("has request body examples for create, update and attach, shaped as in the seeds' curl calls", () => {
    const byOperation = (operation: string): Json[] =>
      requestExamples.filter((c) => c.where.startsWith(operation)).map((c) => c.value);
    expect(byOperation("#/paths/~1v1~1sources/post")).toContainEqual({
      type: "ach_credit_transfer",
      currency: "usd",
      owner: { email: "jenny.rosen@example.com" },
    });
    expect(byOperation("#/paths/~1v1~1sources~1{source}/post")).toContainEqual({
      metadata: { order_id: "6735" },
    });
    expect(byOperation("#/paths/~1v1~1customers~1{customer}~1sources/post")).toContainEqual({
      source: "src_1NfRGv2eZvKYlo2Cv7NAImBL",
    });
  });

  it("shows the detached source as consumed and the attached one with its customer", () => {
    const detach = responseExamples.find((c) => c.where.includes("{id}/delete"));
    const attach = responseExamples.find((c) => c.where.includes("{customer}~1sources/post/"));
    expect(detach && isObject(detach.value) && detach.value.status).toBe("consumed");
    expect(attach && isObject(attach.value) && attach.value.customer).toBe("cus_9s6XKzkNRiz8i3");
  });

  it("uses every component example", () => {
    const used = new Set(cases.flatMap((c) => (c.via ? [c.via] : [])));
    const components = spec.components;
    const declared =
      isObject(components) && isObject(components.examples) ? components.examples : {};
    for (const name of Object.keys(declared)) {
      expect(used.has(`#/components/examples/${name}`), name).toBe(true);
    }
  });
});

describe("the example validation harness", () => {
  const sourcePointer = "#/components/schemas/Source";
  const sample = (): JsonObject => {
    const found = responseExamples.find((c) => c.where.includes("{id}/delete"));
    if (!found || !isObject(found.value)) throw new Error("no detach example");
    return structuredClone(found.value);
  };

  it("rejects a value outside a closed enum", () => {
    expect(validate(ajv, sourcePointer, { ...sample(), status: "detached" })).not.toEqual([]);
  });

  it("rejects a missing required attribute and a wrong type", () => {
    const { id: _id, ...withoutId } = sample();
    expect(validate(ajv, sourcePointer, withoutId)).not.toEqual([]);
    expect(validate(ajv, sourcePointer, { ...sample(), livemode: "false" })).not.toEqual([]);
  });

  it("knows the ajv-formats formats", () => {
    expect(ajv.validate({ type: "string", format: "email" }, "not an email")).toBe(false);
    expect(ajv.validate({ type: "string", format: "email" }, "jenny.rosen@example.com")).toBe(true);
  });

  it("checks unix-time: a non-negative integer", () => {
    expect(validate(ajv, sourcePointer, { ...sample(), created: -1 })).not.toEqual([]);
    expect(validate(ajv, sourcePointer, { ...sample(), created: 1.5 })).not.toEqual([]);
    expect(validate(ajv, sourcePointer, { ...sample(), created: 0 })).toEqual([]);
  });

  it("resolves $refs through anyOf (owner) and accepts null where documented", () => {
    const owner = sample().owner;
    expect(validate(ajv, sourcePointer, { ...sample(), owner: null })).toEqual([]);
    expect(
      validate(ajv, sourcePointer, {
        ...sample(),
        owner: { ...(isObject(owner) ? owner : {}), email: 5 },
      }),
    ).not.toEqual([]);
  });

  it("accepts fields Stripe may add (responses are open)", () => {
    expect(validate(ajv, sourcePointer, { ...sample(), allow_redisplay: "unspecified" })).toEqual(
      [],
    );
  });

  it("enforces the create condition: type, or customer and original_source", () => {
    const body =
      "#/paths/~1v1~1sources/post/requestBody/content/application~1x-www-form-urlencoded/schema";
    expect(validate(ajv, body, { currency: "usd" })).not.toEqual([]);
    expect(validate(ajv, body, { customer: "cus_1" })).not.toEqual([]);
    expect(validate(ajv, body, { customer: "cus_1", original_source: "src_1" })).toEqual([]);
    expect(validate(ajv, body, { type: "card" })).toEqual([]);
  });

  it("accepts the metadata unset forms and rejects non-string values", () => {
    const body =
      "#/paths/~1v1~1sources~1{source}/post/requestBody/content/application~1x-www-form-urlencoded/schema";
    expect(validate(ajv, body, { metadata: "" })).toEqual([]);
    expect(validate(ajv, body, { metadata: { order_id: "" } })).toEqual([]);
    expect(validate(ajv, body, { metadata: "x" })).not.toEqual([]);
    expect(validate(ajv, body, { metadata: { order_id: 6735 } })).not.toEqual([]);
    expect(validate(ajv, body, { metadata: { note: "x".repeat(501) } })).not.toEqual([]);
  });
});
