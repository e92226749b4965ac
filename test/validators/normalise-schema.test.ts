import { describe, expect, it } from "vitest";
import { normaliseSchema } from "../../generator/model/normalise-schema.js";

describe("normaliseSchema: nullable", () => {
  it("adds null to a type and to an enum", () => {
    expect(normaliseSchema({ type: "string", nullable: true }, "3.0")).toEqual({
      type: ["string", "null"],
    });
    expect(normaliseSchema({ type: ["string", "integer"], nullable: true }, "3.0")).toEqual({
      type: ["string", "integer", "null"],
    });
    expect(normaliseSchema({ type: "string", enum: ["a", "b"], nullable: true }, "3.0")).toEqual({
      type: ["string", "null"],
      enum: ["a", "b", null],
    });
    expect(normaliseSchema({ enum: ["a", null], nullable: true }, "3.0")).toEqual({
      enum: ["a", null],
    });
  });

  it("wraps assertions that would still reject null, keeping annotations outside", () => {
    expect(
      normaliseSchema(
        { description: "d", allOf: [{ $ref: "#/components/schemas/A" }], nullable: true },
        "3.0",
      ),
    ).toEqual({
      description: "d",
      anyOf: [{ allOf: [{ $ref: "#/components/schemas/A" }] }, { type: "null" }],
    });
    expect(
      normaliseSchema(
        { oneOf: [{ type: "string" }], discriminator: { propertyName: "t" }, nullable: true },
        "3.0",
      ),
    ).toEqual({
      anyOf: [
        { oneOf: [{ type: "string" }], discriminator: { propertyName: "t" } },
        { type: "null" },
      ],
    });
  });

  it("appends a null branch when anyOf is the only null-rejecting keyword", () => {
    expect(normaliseSchema({ anyOf: [{ type: "string" }], nullable: true }, "3.0")).toEqual({
      anyOf: [{ type: "string" }, { type: "null" }],
    });
  });

  it("drops nullable without type (null already passes) and nullable: false", () => {
    expect(normaliseSchema({ nullable: true, description: "x", properties: {} }, "3.0")).toEqual({
      description: "x",
      properties: {},
    });
    expect(normaliseSchema({ type: "string", nullable: false }, "3.0")).toEqual({ type: "string" });
  });

  it("3.1: nullable next to $ref wraps (siblings apply in 3.1)", () => {
    expect(normaliseSchema({ $ref: "#/components/schemas/A", nullable: true }, "3.1")).toEqual({
      anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }],
    });
  });

  it("3.1 type arrays are left alone", () => {
    const schema = { type: ["string", "null"], minLength: 1 };
    expect(normaliseSchema(schema, "3.1")).toEqual(schema);
  });
});

describe("normaliseSchema: 3.0 specifics", () => {
  it("ignores the siblings of $ref in 3.0", () => {
    expect(
      normaliseSchema({ $ref: "#/components/schemas/A", description: "d", nullable: true }, "3.0"),
    ).toEqual({ $ref: "#/components/schemas/A" });
    expect(normaliseSchema({ $ref: "#/components/schemas/A", description: "d" }, "3.1")).toEqual({
      $ref: "#/components/schemas/A",
      description: "d",
    });
  });

  it("turns boolean exclusive bounds into numbers", () => {
    expect(
      normaliseSchema(
        {
          type: "number",
          minimum: 0,
          exclusiveMinimum: true,
          maximum: 10,
          exclusiveMaximum: false,
        },
        "3.0",
      ),
    ).toEqual({ type: "number", exclusiveMinimum: 0, maximum: 10 });
    expect(normaliseSchema({ type: "number", exclusiveMaximum: true }, "3.0")).toEqual({
      type: "number",
    });
    expect(normaliseSchema({ type: "number", exclusiveMinimum: 3 }, "3.1")).toEqual({
      type: "number",
      exclusiveMinimum: 3,
    });
  });

  it("converts draft 4 tuples and dependencies", () => {
    expect(
      normaliseSchema({ items: [{ type: "string" }], additionalItems: { type: "number" } }, "3.0"),
    ).toEqual({ prefixItems: [{ type: "string" }], items: { type: "number" } });
    expect(normaliseSchema({ items: { type: "string" }, additionalItems: false }, "3.0")).toEqual({
      items: { type: "string" },
    });
    expect(normaliseSchema({ dependencies: { a: ["b"], c: { required: ["d"] } } }, "3.0")).toEqual({
      dependentRequired: { a: ["b"] },
      dependentSchemas: { c: { required: ["d"] } },
    });
  });
});

describe("normaliseSchema: walking", () => {
  it("strips examples everywhere and keeps annotations and extensions", () => {
    const out = normaliseSchema(
      {
        type: "object",
        example: { $id: "x" },
        examples: [{ $id: "y" }],
        "x-open-enum": true,
        deprecated: true,
        properties: {
          example: { type: "string", example: "kept as a property name" },
          $id: { type: "string", nullable: true },
        },
        $schema: "https://json-schema.org/draft/2020-12/schema",
      },
      "3.0",
    );
    expect(out).toEqual({
      type: "object",
      "x-open-enum": true,
      deprecated: true,
      properties: { example: { type: "string" }, $id: { type: ["string", "null"] } },
    });
  });

  it("recurses into every subschema position", () => {
    const n = { type: "string", nullable: true };
    const nn = { type: ["string", "null"] };
    const out = normaliseSchema(
      {
        properties: { a: n },
        patternProperties: { "^x": n },
        additionalProperties: n,
        items: n,
        prefixItems: [n],
        allOf: [n],
        anyOf: [n],
        oneOf: [n],
        not: n,
        if: n,
        then: n,
        else: n,
        contains: n,
        propertyNames: n,
        unevaluatedItems: n,
        unevaluatedProperties: n,
        dependentSchemas: { a: n },
        $defs: { a: n },
        definitions: { a: n },
      },
      "3.0",
    );
    expect(out).toEqual({
      properties: { a: nn },
      patternProperties: { "^x": nn },
      additionalProperties: nn,
      items: nn,
      prefixItems: [nn],
      allOf: [nn],
      anyOf: [nn],
      oneOf: [nn],
      not: nn,
      if: nn,
      then: nn,
      else: nn,
      contains: nn,
      propertyNames: nn,
      unevaluatedItems: nn,
      unevaluatedProperties: nn,
      dependentSchemas: { a: nn },
      $defs: { a: nn },
      definitions: { a: nn },
    });
  });

  it("does not walk into non-schema values (enum, default, const, x-*)", () => {
    const schema = {
      enum: [{ nullable: true, example: 1 }],
      default: { nullable: true },
      const: { example: 2 },
      "x-thing": { nullable: true, example: 3 },
    };
    expect(normaliseSchema(schema, "3.0")).toEqual(schema);
  });

  it("is pure", () => {
    const input = {
      type: "object",
      nullable: true,
      properties: { a: { type: "integer", minimum: 1, exclusiveMinimum: true, example: 2 } },
    };
    const snapshot = JSON.stringify(input);
    normaliseSchema(input, "3.0");
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it("is idempotent", () => {
    const input = {
      type: "object",
      nullable: true,
      properties: {
        a: { allOf: [{ $ref: "#/a" }], nullable: true },
        b: { type: "string", enum: ["x"], nullable: true },
      },
    };
    const once = normaliseSchema(input, "3.0");
    expect(normaliseSchema(once, "3.0")).toEqual(once);
    expect(normaliseSchema(once, "3.1")).toEqual(once);
  });

  it("keeps $ref as is and survives shared and cyclic objects", () => {
    const shared = { type: "string", nullable: true };
    const cyclic: Record<string, unknown> = { type: "object" };
    cyclic.properties = { self: cyclic, a: shared, b: shared };
    const out = normaliseSchema(cyclic, "3.0") as Record<string, Record<string, unknown>>;
    const properties = out.properties as Record<string, unknown>;
    expect(properties.self).toBe(out);
    expect(properties.a).toBe(properties.b);
    expect(properties.a).toEqual({ type: ["string", "null"] });
  });

  it("treats a property named __proto__ as a property", () => {
    const input = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"string","nullable":true}}}',
    );
    const out = normaliseSchema(input, "3.0") as { properties: Record<string, unknown> };
    expect(Object.keys(out.properties)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(out.properties, "__proto__")?.value).toEqual({
      type: ["string", "null"],
    });
    expect(Object.getPrototypeOf(out.properties)).toBe(Object.prototype);
  });

  it("passes booleans through and is fast on a large document", () => {
    expect(normaliseSchema(true, "3.1")).toBe(true);
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) {
      properties[`p${i}`] = {
        type: "string",
        nullable: true,
        description: "x".repeat(40),
        example: "y",
        items: { type: "integer", minimum: 0, exclusiveMinimum: true },
      };
    }
    const started = performance.now();
    normaliseSchema({ type: "object", properties }, "3.0");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
