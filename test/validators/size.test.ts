/**
 * What keeps validators.js proportionate: shortened error sites, embedded schema values, shared
 * subschemas and roots, each schema compiled once. Behaviour stays ajv's (property.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import { compactCalls } from "../../generator/emit/validators/calls.js";
import { compactErrors, errorFields } from "../../generator/emit/validators/compact-errors.js";
import { shareRepeated } from "../../generator/emit/validators/share.js";
import { slimSchemas } from "../../generator/emit/validators/slim-schemas.js";
import { cleanUp, compile, failures, handModel, operation, param, validator } from "./support.js";

afterAll(cleanUp);

const site = (name: string, object: string): string =>
  `const ${name} = ${object};\nif(vErrors === null){\nvErrors = [${name}];\n}\nelse {\nvErrors.push(${name});\n}\nerrors++;\n`;

describe("compactErrors", () => {
  const cases: [string, { given: string; want: string }][] = [
    [
      "a fixed error whose keyword and message ajv's own: schema path only",
      {
        given: site(
          "err0",
          '{instancePath:instancePath+"/a",schemaPath:"#/properties/a/type",keyword:"type",params:{type: "string"},message:"must be string"}',
        ),
        want: 'const issue0 = ["#/properties/a/type"];\nvErrors = __issue(vErrors, instancePath+"/a", issue0, {type: "string"});\nerrors++;\n',
      },
    ],
    [
      "a fixed error with another message: kept in the const",
      {
        given: site(
          "err1",
          '{instancePath,schemaPath:"#/x",keyword:"false schema",params:{},message:"boolean schema is false"}',
        ),
        want: 'const issue0 = ["#/x", "false schema", "boolean schema is false"];\nvErrors = __issue(vErrors, instancePath, issue0, {});\nerrors++;\n',
      },
    ],
    [
      "a dynamic error (a variable in params): __err",
      {
        given: site(
          "err2",
          '{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property \'"+missing0+"\'"}',
        ),
        want: 'vErrors = __err(vErrors, instancePath, "#/required", "required", {missingProperty: missing0}, "must have required property \'"+missing0+"\'");\nerrors++;\n',
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(compactErrors(given).code).toBe(want);
  });

  it("shares one const among equal errors, one per params", () => {
    const required = (name: string, property: string): string =>
      site(
        name,
        `{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "${property}"},message:"must have required property '"+"${property}"+"'"}`,
      );
    const { code } = compactErrors(
      required("err0", "a") + required("err1", "b") + required("err2", "a"),
    );
    expect(code.match(/^const issue\d+/gm)).toEqual(["const issue0", "const issue1"]);
    expect(code).toContain(
      '__issue(vErrors, instancePath, issue0, {missingProperty: "a"});\nerrors++;\nvErrors = __issue(vErrors, instancePath, issue1',
    );
  });

  it("splits members outside strings and brackets only", () => {
    expect(
      errorFields(
        '{instancePath,schemaPath:"#/a,}b",keyword:"k",params:{x: [1,2], y: "}"},message:"m"}',
      ),
    ).toEqual(["instancePath", '"#/a,}b"', '"k"', '{x: [1,2], y: "}"}', '"m"']);
    expect(errorFields("{instancePath,schemaPath:1}")).toBeUndefined();
  });
});

describe("slimSchemas", () => {
  it("keeps only the values read, once each, and never rewrites strings", () => {
    const code = [
      'const schema1 = {"properties":{"a":{"enum":["x","y"]},"b":{"type":["string","null"]}}};',
      'const schema2 = {"enum":["x","y"]};',
      'f(schema1.properties.a.enum, schema2.enum, schema1.properties.b.type, "schema1.properties");',
    ].join("\n");
    expect(slimSchemas(code)).toBe(
      [
        'const schemaValue0 = ["x","y"];',
        'const schemaValue1 = ["string","null"];',
        'f(schemaValue0, schemaValue0, schemaValue1, "schema1.properties");',
      ].join("\n"),
    );
  });

  it("hoists the part of a member chain the value has (`.enum` of `.enum.includes`)", () => {
    const code =
      'const schema1 = {"properties":{"a":{"enum":["x","y"]}}};\nf(schema1.properties.a.enum.includes(d));';
    expect(slimSchemas(code)).toBe('const schemaValue0 = ["x","y"];\nf(schemaValue0.includes(d));');
  });

  it("keeps a schema that is used whole", () => {
    const code = 'const schema1 = {"a":1};\nf(schema1);';
    expect(slimSchemas(code)).toBe(code);
  });
});

describe("compactCalls", () => {
  const signature =
    'function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){';
  const call =
    'if(!(validate3(data.owner, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}))){';
  const merge = "vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);";

  it("passes the instance path alone and merges a callee's errors with __concat", () => {
    const { code, regions } = compactCalls(
      [
        signature,
        call,
        merge,
        "}",
        'if(!(wrapper0.validate(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){',
        "vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);",
        "if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData}))){",
        'f("{instancePath,parentData,parentDataProperty,rootData}", data.rootData);',
      ].join("\n"),
    );
    expect(code.split("\n")).toEqual([
      "function validate3(data, instancePath){",
      'if(typeof instancePath !== "string") instancePath = "";',
      'if(!(validate3(data.owner, instancePath+"/owner"))){',
      "vErrors = __concat(vErrors, validate3.errors);",
      "}",
      'if(!(wrapper0.validate(data[i0], instancePath+"/" + i0))){',
      "vErrors = __concat(vErrors, wrapper0.validate.errors);",
      "if(!(validate3(data, instancePath))){",
      'f("{instancePath,parentData,parentDataProperty,rootData}", data.rootData);',
    ]);
    expect(regions).toEqual(["concat"]);
  });

  it("keeps ajv's calls when the code reads parentData or rootData otherwise", () => {
    const given = [signature, call, "parentData[parentDataProperty] = 1;"].join("\n");
    expect(compactCalls(given).code).toBe(given);
  });
});

describe("shareRepeated", () => {
  const big = (tag: string) => ({
    type: "object",
    properties: Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`${tag}${i}`, { type: "string", maxLength: 9 }]),
    ),
  });
  const refTo = (slot: number) => `#/shared/${slot}`;

  it("moves a repeated subschema too large to inline into one slot", () => {
    const roots = new Map<string, unknown>([
      ["a", { type: "object", properties: { x: big("p"), y: { type: "string" } } }],
      ["b", { type: "object", properties: { z: big("p"), y: { type: "string" } } }],
    ]);
    const { slots, sameAs } = shareRepeated(roots, refTo, 20);
    expect(slots).toEqual([big("p")]);
    expect(sameAs.size).toBe(0);
    expect(roots.get("a")).toEqual({
      type: "object",
      properties: { x: { $ref: "#/shared/0" }, y: { type: "string" } },
    });
    expect((roots.get("b") as { properties: { z: unknown } }).properties.z).toEqual({
      $ref: "#/shared/0",
    });
  });

  it("leaves a repeated bare $ref in place: it is its target's function already", () => {
    const ref = () => ({ $ref: "#/components/schemas/Big" });
    const roots = new Map<string, unknown>([
      ["a", { anyOf: [ref(), { type: "null" }] }],
      ["b", { type: "array", items: ref() }],
    ]);
    const { slots } = shareRepeated(roots, refTo, false);
    expect(slots).toEqual([]);
    expect(roots.get("b")).toEqual({ type: "array", items: ref() });
  });

  it("leaves what ajv inlines, and a repeat inside a shared schema, in place", () => {
    const inner = big("q");
    const outer = { type: "object", properties: { inner, other: big("r") } };
    const roots = new Map<string, unknown>([
      ["a", { type: "array", items: structuredClone(outer), maxItems: 3 }],
      ["b", { type: "array", items: structuredClone(outer), minItems: 1 }],
      ["c", { type: "object", properties: { s: { type: "string" } } }],
      ["d", { type: "object", properties: { s: { type: "string" } } }],
    ]);
    const { slots, sameAs } = shareRepeated(roots, refTo, 20);
    expect(slots).toEqual([outer]);
    expect(sameAs).toEqual(new Map([["d", "c"]]));
  });
});

describe("emitted module", () => {
  const leaf = {
    type: "object",
    properties: Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`f${i}`, { type: "integer", minimum: i }]),
    ),
  };
  const model = handModel({
    schemas: {
      Leaf: leaf,
      Holder: { type: "object", properties: { leaf: { $ref: "#/components/schemas/Leaf" } } },
    },
    operations: [
      operation("ListA", { queryParams: [param("filter", "query", leaf)] }),
      operation("ListB", { queryParams: [param("filter", "query", leaf)] }),
    ],
  });

  it("compiles a component reached as a root and by $ref once, and equal requests once", async () => {
    const { module, files } = await compile(model);
    const js = files.find((f) => f.path === "validators.js")!.contents;
    const functions = js.match(/^function validate\d+\(/gm) ?? [];
    // Leaf, Holder and one request function for both operations (its `filter` inline: once).
    expect(functions).toHaveLength(3);
    expect(module.validateListARequest).toBeTypeOf("function");
    expect(module.validateListBRequest).toBe(module.validateListARequest);
    const holder = validator(module, "validateHolder");
    expect(failures(holder, { leaf: { f3: 2 } })).toEqual(["/leaf/f3"]);
    expect(holder.errors?.[0]).toEqual({
      instancePath: "/leaf/f3",
      schemaPath: "#/properties/f3/minimum",
      keyword: "minimum",
      params: { comparison: ">=", limit: 3 },
      message: "must be >= 3",
    });
    const request = validator(module, "validateListARequest");
    expect(failures(request, { filter: { f0: "x" } })).toEqual(["/filter/f0"]);
  });

  it("checks a nullable $ref's null first, with ajv's errors for other values", async () => {
    const { module } = await compile(
      handModel({
        openapi: "3.0",
        schemas: {
          Leaf: leaf,
          Holder: {
            type: "object",
            properties: {
              leaf: { nullable: true, allOf: [{ $ref: "#/components/schemas/Leaf" }] },
            },
          },
        },
      }),
    );
    const holder = validator(module, "validateHolder");
    const leafValidator = validator(module, "validateLeaf");
    leafValidator({ f1: 0 });
    const before = leafValidator.errors;
    expect(holder({ leaf: null })).toBe(true);
    expect(leafValidator.errors).toBe(before); // Leaf's function did not run
    expect(holder({ leaf: 5 })).toBe(false);
    expect(holder.errors?.map((e) => `${e.instancePath} ${e.schemaPath}`)).toEqual([
      "/leaf #/type",
      "/leaf #/properties/leaf/anyOf/1/type",
      "/leaf #/properties/leaf/anyOf",
    ]);
  });

  it("checks an enum of 8 or more primitives with includes", async () => {
    const values = ["a", "b", "c", "d", "e", "f", "g", 1, null];
    const { module, files } = await compile(
      handModel({ schemas: { Many: { enum: values }, Few: { enum: ["a", "b"] } } }),
    );
    const js = files.find((f) => f.path === "validators.js")!.contents;
    expect(js.match(/\.includes\(data\)/g)).toHaveLength(1);
    const many = validator(module, "validateMany");
    for (const value of values) expect(many(value)).toBe(true);
    expect(many("h")).toBe(false);
    expect(many.errors?.[0]?.params).toEqual({ allowedValues: values });
    expect(many(NaN)).toBe(false);
  });
});
