import { afterAll, describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators.js";
import {
  cleanUp,
  compile,
  failures,
  handModel,
  operation,
  param,
  response,
  validator,
} from "./support.js";

afterAll(cleanUp);

const address = {
  type: "object",
  properties: {
    city: { type: "string", nullable: true, maxLength: 5 },
    country: { type: "string", enum: ["US", "FR"] },
  },
  required: ["country"],
};

const source = {
  type: "object",
  properties: {
    id: { type: "string", pattern: "^src_[A-Za-z0-9]+$" },
    amount: { type: "integer", nullable: true, minimum: 0, exclusiveMinimum: true },
    status: { type: "string", enum: ["pending", "chargeable"], "x-open-enum": true },
    flow: { type: "string", enum: ["redirect", "none"] },
    owner: {
      type: "object",
      properties: { address: { $ref: "#/components/schemas/Address" } },
    },
    metadata: { type: "object", additionalProperties: { type: "string", maxLength: 500 } },
    created: { type: "integer", format: "unix-time" },
  },
  required: ["id", "status"],
};

const model = handModel({
  openapi: "3.0",
  schemas: { Address: address, Source: source },
  operations: [
    operation("CreateSource", {
      pathParams: [param("account", "path", { type: "string" })],
      queryParams: [
        param("limit", "query", { type: "integer", maximum: 100 }),
        param("expand", "query", { type: "array", items: { type: "string" } }, { required: true }),
      ],
      headerParams: [
        param("Idempotency-Key", "header", { type: "string" }, { clientOption: "idempotencyKey" }),
        param("X-Trace", "header", { type: "string", minLength: 3 }),
      ],
      requestBody: {
        mediaType: "application/json",
        mediaTypes: ["application/json"],
        required: true,
        schema: { $ref: "#/components/schemas/Source" },
        encoding: {},
        merged: true,
        pointer: "/paths/~1things/post/requestBody",
      },
      responses: [
        response("200", { $ref: "#/components/schemas/Source" }, "validateCreateSourceResponse200"),
        response(
          "default",
          { type: "object", properties: { error: { type: "string" } }, required: ["error"] },
          "validateCreateSourceResponseDefault",
        ),
      ],
    }),
  ],
});

const validSource = {
  id: "src_123",
  amount: 10,
  status: "pending",
  flow: "none",
  owner: { address: { city: null, country: "US" } },
  metadata: { order: "42" },
  created: 1700000000,
};

describe("component validators", async () => {
  const { module, files } = await compile(model);
  const validateSource = validator(module, "validateSource");
  const validateAddress = validator(module, "validateAddress");

  it("accepts a valid instance and reports errors with instance paths", () => {
    expect(validateSource(validSource)).toBe(true);
    expect(validateSource.errors).toBeNull();
    expect(failures(validateSource, { ...validSource, flow: "other" })).toEqual(["/flow"]);
    expect(failures(validateSource, { ...validSource, id: 5 })).toEqual(["/id"]);
    expect(failures(validateSource, { ...validSource, id: "nope" })).toEqual(["/id"]);
    expect(failures(validateSource, { ...validSource, amount: 1.5 })).toEqual(["/amount"]);
    expect(failures(validateSource, { ...validSource, metadata: { a: 1 } })).toEqual([
      "/metadata/a",
    ]);
    expect(failures(validateSource, { ...validSource, created: -1 })).toEqual(["/created"]);
    const { status: _status, ...withoutStatus } = validSource;
    expect(failures(validateSource, withoutStatus)).toEqual([""]);
    expect(validateSource.errors?.[0]).toMatchObject({
      keyword: "required",
      params: { missingProperty: "status" },
    });
    expect(
      failures(validateSource, {
        ...validSource,
        owner: { address: { country: "US", city: "Lyon-Ville" } },
      }),
    ).toEqual(["/owner/address/city"]);
    expect(failures(validateAddress, { country: "DE" })).toEqual(["/country"]);
  });

  it("applies 3.0 normalisation: nullable and boolean exclusiveMinimum", () => {
    expect(validateSource({ ...validSource, amount: null })).toBe(true);
    expect(failures(validateSource, { ...validSource, amount: 0 })).toEqual(["/amount"]);
    expect(validateAddress({ country: "FR", city: null })).toBe(true);
  });

  it("component validators keep x-open-enum enums closed", () => {
    expect(failures(validateSource, { ...validSource, status: "consumed" })).toEqual(["/status"]);
  });

  it("counts maxLength in code points", () => {
    expect(validateAddress({ country: "US", city: "😀😀😀😀😀" })).toBe(true);
    expect(validateAddress({ country: "US", city: "😀😀😀😀😀😀" })).toBe(false);
  });

  it("emits ESM without require and a d.ts naming the types", () => {
    const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
    const dts = files.find((f) => f.path === "validators.d.ts")?.contents ?? "";
    expect(js).not.toContain("require(");
    expect(js).not.toMatch(/^\s*import\s/m);
    expect(dts).toContain('import type * as Types from "./types.js";');
    expect(dts).toContain("export declare const validateSource: Validator<Types.Source>;");
    expect(dts).toContain(
      "export declare const validateCreateSourceResponse200: Validator<Types.Source>;",
    );
    expect(dts).toContain(
      "export declare const validateCreateSourceRequest: Validator<Types.CreateSourceParams>;",
    );
    expect(dts).toContain(
      "export declare const validateCreateSourceResponseDefault: Validator<unknown>;",
    );
    expect(dts).toMatch(
      /export interface Validator<T = unknown> \{\n {2}\(value: unknown\): value is T;/,
    );
  });
});

describe("request validators", async () => {
  const { module } = await compile(model);
  const validateRequest = validator(module, "validateCreateSourceRequest");
  // The method's params: query and header parameters beside the body's properties (path ids are
  // the method's own arguments; the runtime checks them).
  const valid = { expand: ["owner"], limit: 10, "X-Trace": "abc", ...validSource };

  it("validates the params as the method takes them, with params paths", () => {
    expect(validateRequest(valid)).toBe(true);
    expect(failures(validateRequest, { ...valid, limit: 101 })).toEqual(["/limit"]);
    expect(failures(validateRequest, { ...valid, expand: [1] })).toEqual(["/expand/0"]);
    expect(failures(validateRequest, { ...valid, "X-Trace": "a" })).toEqual(["/X-Trace"]);
    expect(
      failures(validateRequest, { ...valid, owner: { address: { country: "US", city: 12 } } }),
    ).toEqual(["/owner/address/city"]);
  });

  it("requires required parameters and the body's required properties", () => {
    const { expand: _expand, ...noExpand } = valid;
    expect(failures(validateRequest, noExpand)).toEqual([""]);
    expect(validateRequest.errors?.[0]?.params).toEqual({ missingProperty: "expand" });
    const { id: _id, ...noId } = valid;
    expect(failures(validateRequest, noId)).toEqual([""]);
    const { "X-Trace": _trace, ...noHeader } = valid;
    expect(validateRequest(noHeader)).toBe(true);
  });

  it("leaves x-client-option headers out", () => {
    expect(validateRequest({ ...valid, "Idempotency-Key": 42 })).toBe(true);
  });

  it("keeps x-open-enum enums closed in requests", () => {
    expect(failures(validateRequest, { ...valid, status: "new" })).toEqual(["/status"]);
  });
});

describe("response validators are forward compatible", async () => {
  const { module } = await compile(model);
  const validate200 = validator(module, "validateCreateSourceResponse200");
  const validateDefault = validator(module, "validateCreateSourceResponseDefault");

  it("accepts unknown properties unless additionalProperties is false", () => {
    expect(validate200({ ...validSource, brand_new_field: { nested: true } })).toBe(true);
    expect(validateDefault({ error: "x", extra: 1 })).toBe(true);
  });

  it("accepts a new value of an x-open-enum enum, of the enum's type only", () => {
    expect(validate200({ ...validSource, status: "consumed" })).toBe(true);
    expect(failures(validate200, { ...validSource, status: 3 })).toEqual(["/status"]);
    expect(failures(validate200, { ...validSource, flow: "new" })).toEqual(["/flow"]);
  });

  it("honours additionalProperties: false", async () => {
    const closed = handModel({
      schemas: {
        Closed: {
          type: "object",
          properties: { a: { type: "string" } },
          additionalProperties: false,
        },
      },
      operations: [
        operation("GetClosed", {
          requestValidatorName: undefined,
          responses: [
            response(
              "200",
              { $ref: "#/components/schemas/Closed" },
              "validateGetClosedResponse200",
            ),
          ],
        }),
      ],
    });
    const { module: closedModule } = await compile(closed);
    const fn = validator(closedModule, "validateGetClosedResponse200");
    expect(fn({ a: "x" })).toBe(true);
    expect(fn({ a: "x", b: 1 })).toBe(false);
    expect(fn.errors?.[0]).toMatchObject({
      keyword: "additionalProperties",
      params: { additionalProperty: "b" },
    });
  });

  it("opens enums without a type and reached through refs", async () => {
    const m = handModel({
      schemas: {
        Status: { enum: ["a", "b"], "x-open-enum": true },
        Wrapper: {
          type: "object",
          properties: { items: { type: "array", items: { $ref: "#/components/schemas/Status" } } },
        },
      },
      operations: [
        operation("List", {
          requestBody: {
            mediaType: "application/json",
            mediaTypes: ["application/json"],
            required: false,
            schema: { $ref: "#/components/schemas/Wrapper" },
            encoding: {},
            merged: false,
            pointer: "/paths/~1things/post/requestBody",
          },
          responses: [
            response("200", { $ref: "#/components/schemas/Wrapper" }, "validateListResponse200"),
          ],
        }),
      ],
    });
    const { module: mod } = await compile(m);
    const res = validator(mod, "validateListResponse200");
    const req = validator(mod, "validateListRequest");
    expect(res({ items: ["a", "zzz"] })).toBe(true);
    expect(failures(res, { items: ["a", 1] })).toEqual(["/items/1"]);
    expect(failures(req, { body: { items: ["zzz"] } })).toEqual(["/body/items/0"]);
    expect(req({})).toBe(true);
  });
});

describe("names, recursion and hostile strings", async () => {
  const hostile = "*/ `${globalThis.pwned = 1}` \" ' </script> \\ \u2028 \u2029 //";
  const m = handModel({
    schemas: {
      "File--Full": {
        type: "object",
        properties: { name: { type: "string" } },
        required: ["name"],
      },
      "1abc": { type: "integer" },
      class: { type: "string", enum: ["a"] },
      "weird name/with~chars%20and$": { type: "boolean" },
      Node: {
        type: "object",
        description: `DESCRIPTION ${hostile}`,
        properties: {
          value: { type: "string", enum: [hostile, "ok"], description: `DESCRIPTION ${hostile}` },
          children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          [hostile]: { type: "string", pattern: "^[`$]*\\*/$", title: `TITLE ${hostile}` },
          ["__proto__"]: { type: "number" },
        },
        required: ["value", hostile],
      },
      A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
      B: {
        type: "object",
        properties: { a: { $ref: "#/components/schemas/A" }, n: { type: "number" } },
      },
    },
  });

  const { module, files } = await compile(m);

  it("exports a validator for every schema, whatever its name", () => {
    expect(validator(module, "validateFileFull")({ name: "x" })).toBe(true);
    expect(validator(module, "validateFileFull")({})).toBe(false);
    expect(validator(module, "validate_1abc")(1)).toBe(true);
    expect(validator(module, "validate_1abc")(1.5)).toBe(false);
    expect(validator(module, "validateClass")("a")).toBe(true);
    expect(validator(module, "validateWeirdNameWithChars20and")(true)).toBe(true);
    expect(validator(module, "validateWeirdNameWithChars20and")("true")).toBe(false);
  });

  it("validates recursive and mutually recursive schemas", () => {
    const validateNode = validator(module, "validateNode");
    const leaf = { value: "ok", [hostile]: "`*/" };
    expect(validateNode({ ...leaf, children: [{ ...leaf, children: [leaf] }] })).toBe(true);
    expect(
      failures(validateNode, { ...leaf, children: [{ ...leaf, children: [{ value: "ok" }] }] }),
    ).toEqual(["/children/0/children/0"]);
    const validateA = validator(module, "validateA");
    expect(validateA({ b: { a: { b: { n: 1 } } } })).toBe(true);
    expect(failures(validateA, { b: { a: { b: { n: "1" } } } })).toEqual(["/b/a/b/n"]);
  });

  it("keeps hostile strings inert: enum values, property names and patterns still work", () => {
    const validateNode = validator(module, "validateNode");
    expect(validateNode({ value: hostile, [hostile]: "$`*/" })).toBe(true);
    expect(failures(validateNode, { value: "other", [hostile]: "*/" })).toEqual(["/value"]);
    const escaped = hostile.replace(/~/g, "~0").replace(/\//g, "~1");
    expect(failures(validateNode, { value: "ok", [hostile]: "x*/" })).toEqual([`/${escaped}`]);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
    expect(js).not.toContain("\u2028");
    expect(js).not.toContain("</script>");
    // Descriptions and titles never reach the code.
    expect(js).not.toContain("DESCRIPTION");
    expect(js).not.toContain("TITLE");
  });

  it("survives a property named __proto__ (ajv never checks it) without touching prototypes", () => {
    const validateNode = validator(module, "validateNode");
    const value = JSON.parse(
      `{"value":"ok",${JSON.stringify(hostile)}:"*/","__proto__":{"type":"polluted"}}`,
    );
    expect(validateNode(value)).toBe(true);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });
});

describe("refs", () => {
  it("resolve into #/paths/..., nested pointers, escaped names and the document root", async () => {
    const m = handModel({
      schemas: {
        FromPaths: {
          $ref: "#/paths/~1things~1%7Bid%7D/post/requestBody/content/application~1json/schema",
        },
        Nested: { $ref: "#/components/schemas/Holder/properties/inner" },
        Holder: { type: "object", properties: { inner: { type: "integer", minimum: 3 } } },
        "a/b~c d": { type: "string" },
        UsesEscaped: { type: "array", items: { $ref: "#/components/schemas/a~1b~0c%20d" } },
        Anything: { $ref: "#" },
      },
      document: {
        paths: {
          "/things/{id}": {
            post: {
              requestBody: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["n"],
                      properties: { n: { type: "number" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const { module } = await compile(m);
    expect(validator(module, "validateFromPaths")({ n: 1 })).toBe(true);
    expect(failures(validator(module, "validateFromPaths"), { n: "1" })).toEqual(["/n"]);
    expect(validator(module, "validateNested")(3)).toBe(true);
    expect(validator(module, "validateNested")(2)).toBe(false);
    expect(validator(module, "validateHolder")({ inner: 2 })).toBe(false);
    expect(validator(module, "validateUsesEscaped")(["x"])).toBe(true);
    expect(failures(validator(module, "validateUsesEscaped"), ["x", 1])).toEqual(["/1"]);
    expect(validator(module, "validateAnything")({ whatever: [1] })).toBe(true);
  });
});

describe("determinism", () => {
  it("produces the same bytes for the same model, and for an equal model built again", () => {
    const first = emitValidators(model);
    const second = emitValidators(model);
    expect(second.files).toEqual(first.files);
    const rebuilt = handModel({
      openapi: "3.0",
      schemas: JSON.parse(JSON.stringify({ Address: address, Source: source })),
      operations: model.operations,
    });
    expect(emitValidators(rebuilt).files).toEqual(first.files);
  });
});

describe("formats", async () => {
  const m = handModel({
    schemas: {
      Formats: {
        type: "object",
        properties: {
          when: { type: "string", format: "date-time" },
          day: { type: "string", format: "date" },
          email: { type: "string", format: "email" },
          id: { type: "string", format: "uuid" },
          i32: { type: "integer", format: "int32" },
          i64: { type: "integer", format: "int64" },
          u8: { type: "integer", format: "uint8" },
          f: { type: "number", format: "float" },
          d: { type: "number", format: "double" },
          bytes: { type: "string", format: "byte" },
          secret: { type: "string", format: "password" },
          dec: { type: "string", format: "decimal" },
          t: { type: "integer", format: "unix-time" },
          u: { type: "string", format: "uri" },
          file: { type: "string", format: "binary" },
          declared: { type: "string", format: "phone-number" },
        },
      },
    },
    document: { "x-formats": ["phone-number"] },
  });
  const { module, files } = await compile(m);
  const fn = validator(module, "validateFormats");

  it("checks standard and OpenAPI formats", () => {
    const ok = {
      when: "2024-02-29T10:00:00Z",
      day: "2024-02-29",
      email: "a@b.co",
      id: "123e4567-e89b-12d3-a456-426614174000",
      i32: 2147483647,
      i64: 2 ** 53,
      u8: 255,
      f: 1.5,
      d: 1e300,
      bytes: "aGVsbG8=",
      secret: "anything",
      dec: "-12.50",
      t: 0,
      u: "https://example.com/a?b#c",
      file: "raw text",
      declared: "+33 1 23",
    };
    expect(fn(ok)).toBe(true);
    const bad: Record<string, unknown> = {
      when: "2023-02-29T10:00:00Z",
      day: "2024-13-01",
      email: "nope",
      id: "123",
      i32: 2147483648,
      i64: 1.5,
      u8: 256,
      bytes: "a",
      dec: "1,5",
      t: -1,
      u: "no scheme",
    };
    for (const [key, value] of Object.entries(bad)) {
      expect(failures(fn, { ...ok, [key]: value }), key).toEqual([`/${key}`]);
    }
  });

  it("accepts Blobs and byte arrays for format: binary", () => {
    expect(fn({ file: new Blob(["x"]) })).toBe(true);
    expect(fn({ file: new Uint8Array(2) })).toBe(true);
    expect(fn({ file: 12 })).toBe(false);
  });

  it("inlines only the format code it uses", () => {
    const js = files.find((f) => f.path === "validators.js")?.contents ?? "";
    // Bound directly, so a bundler keeps only the formats of the validators imported.
    expect(js).toMatch(/^const formats\d+ = __format_date_time;$/m);
    expect(js).not.toContain("__formats");
    expect(js).toContain("unix-time");
    expect(js).not.toContain("__format_iso_time");
    expect(js).not.toContain("ajv-formats");
  });

  it("reports an unknown format as an error with its pointer", () => {
    const unknown = handModel({
      schemas: {
        X: { type: "object", properties: { p: { type: "string", format: "phone-number" } } },
      },
    });
    const result = emitValidators(unknown);
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-format",
        severity: "error",
        pointer: "/components/schemas/X/properties/p/format",
      }),
    ]);
  });
});

describe("patterns and other diagnostics", () => {
  it("compiles a pattern that is only valid without the u flag, with a warning", async () => {
    const m = handModel({
      schemas: {
        Tag: { type: "string", pattern: "^[a-zA-Z0-9_\\-\\:]+$" },
        Braces: { type: "string", pattern: "^{.*}$" },
        Unicode: { type: "string", pattern: "^\\p{Lu}+$" },
      },
    });
    const { module, diagnostics } = await compile(m);
    expect(validator(module, "validateTag")("a:b-c")).toBe(true);
    expect(validator(module, "validateTag")("a b")).toBe(false);
    expect(validator(module, "validateBraces")("{x}")).toBe(true);
    expect(validator(module, "validateBraces")("x")).toBe(false);
    expect(validator(module, "validateUnicode")("ÉTÉ")).toBe(true);
    expect(validator(module, "validateUnicode")("été")).toBe(false);
    expect(diagnostics.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ["invalid-pattern", "warning", "/components/schemas/Braces/pattern"],
      ["invalid-pattern", "warning", "/components/schemas/Tag/pattern"],
    ]);
  });

  it("reports patterns that never compile, unresolved refs and bad keyword values", () => {
    const m = handModel({
      schemas: {
        Bad: {
          type: "object",
          properties: {
            p: { type: "string", pattern: "([a-z" },
            r: { $ref: "#/components/schemas/Missing" },
            e: { $ref: "other.yaml#/X" },
            n: { type: "string", minLength: "3" },
            t: { type: "file" },
          },
          patternProperties: { "(": { type: "string" } },
        },
      },
    });
    const result = emitValidators(m);
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ["invalid-pattern", "/components/schemas/Bad/properties/p/pattern"],
      ["unresolved-ref", "/components/schemas/Bad/properties/r/$ref"],
      ["unsupported-feature", "/components/schemas/Bad/properties/e/$ref"],
      ["schema-violation", "/components/schemas/Bad/properties/n/minLength"],
      ["schema-violation", "/components/schemas/Bad/properties/t/type"],
      ["invalid-pattern", "/components/schemas/Bad/patternProperties/("],
    ]);
    expect(result.diagnostics.every((d) => d.severity === "error")).toBe(true);
  });

  it("ignores OpenAPI keywords and unknown keywords (they never reach ajv)", async () => {
    const m = handModel({
      openapi: "3.0",
      schemas: {
        Pet: {
          type: "object",
          discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } },
          oneOf: [{ $ref: "#/components/schemas/Cat" }],
          xml: { name: "pet" },
          externalDocs: { url: "https://example.com" },
          example: { $id: "01234500-12f1-1234-aa12-b1d234cb567e" },
          "x-internal": { $id: "x" },
          min_items: 3,
          deprecated: true,
          readOnly: true,
        },
        Cat: { type: "object", properties: { kind: { const: "cat" } }, required: ["kind"] },
      },
    });
    const { module } = await compile(m);
    expect(validator(module, "validatePet")({ kind: "cat" })).toBe(true);
    expect(validator(module, "validatePet")({ kind: "dog" })).toBe(false);
  });
});
