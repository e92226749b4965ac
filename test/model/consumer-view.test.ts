/**
 * The model's part of issue 10: names (acronyms, method names without the group's name), the
 * read/write views, named enums, params keys and their collisions (`x-param-name`).
 */
import { describe, expect, it } from "vitest";
import type { LoadedSpec } from "../../generator/spec-source.js";
import { buildModel } from "../../generator/model/build.js";
import { shorten } from "../../generator/model/method-name.js";
import { packageSlug } from "../../generator/model/naming.js";
import { paramsKeys } from "../../generator/model/params-keys.js";
import { applyReadWrite } from "../../generator/model/read-write.js";

function spec(document: Record<string, unknown>): LoadedSpec {
  return {
    entryFile: "spec.yaml",
    files: ["spec.yaml"],
    sha256: "0",
    document,
    locate: () => ({ file: "spec.yaml", line: 1, column: 1 }),
    readText: () => undefined,
  };
}

const body = (schema: unknown) => ({
  required: true,
  content: { "application/json": { schema } },
});
const ok = { "200": { description: "ok" } };

describe("names", () => {
  it.each([
    ["Acme Inventory API", "acme-inventory-api"],
    ["Stripe Sources API", "stripe-sources-api"],
    ["HTTPBin v2", "http-bin-v2"],
    ["petstore", "petstore"],
  ])("package slug of %s", (title, slug) => expect(packageSlug(title)).toBe(slug));

  it.each([
    ["createWidget", "widgets", "create"],
    ["listWidgets", "widgets", "list"],
    ["getWidgetById", "widgets", "getById"],
    ["widgetsSearch", "widgets", "search"],
    ["listCategories", "categories", "list"],
    ["createSource", "sources", "create"],
    ["attachSource", "customers", undefined],
    ["widgets", "widgets", undefined],
  ])("%s in group %s → %s", (method, group, want) => expect(shorten(method, group)).toBe(want));

  it("keeps x-method-name, and both names whole when shortening would collide", () => {
    const { model } = buildModel(
      spec({
        openapi: "3.1.0",
        info: { title: "T", version: "1.0.0" },
        paths: {
          "/widgets": {
            get: { operationId: "getWidgets", tags: ["widgets"], responses: ok },
            post: {
              operationId: "createWidget",
              tags: ["widgets"],
              "x-method-name": "createWidget",
              responses: ok,
            },
          },
          "/widgets/{id}": {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            get: { operationId: "getWidget", tags: ["widgets"], responses: ok },
            delete: { operationId: "deleteWidget", tags: ["widgets"], responses: ok },
          },
        },
      }),
    );
    expect(model?.operations.map((op) => op.methodName).sort()).toEqual([
      "createWidget",
      "delete",
      "getWidget",
      "getWidgets",
    ]);
  });
});

describe("params keys and collisions", () => {
  const document = (queryExtra: Record<string, unknown> = {}) => ({
    openapi: "3.1.0",
    info: { title: "T", version: "1.0.0" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          parameters: [{ name: "name", in: "query", schema: { type: "string" }, ...queryExtra }],
          requestBody: body({ type: "object", properties: { name: { type: "string" } } }),
          responses: ok,
        },
      },
    },
  });

  it("a query parameter and a body property with one key is a diagnostic with the fix", () => {
    const { diagnostics } = buildModel(spec(document()));
    expect(diagnostics).toEqual([
      {
        code: "params-collision",
        severity: "error",
        message:
          "POST /things: the query parameter `name` and the request body both take the key `name` in params",
        pointer: "/paths/~1things/post/parameters/0",
        position: { file: "spec.yaml", line: 1, column: 1 },
        hint: "Give the parameter another key with `x-param-name` (e.g. `x-param-name: query_name`).",
      },
    ]);
  });

  it("x-param-name renames the parameter's key", () => {
    const { model, diagnostics } = buildModel(spec(document({ "x-param-name": "filter_name" })));
    expect(diagnostics).toEqual([]);
    const op = model!.operations[0]!;
    expect(op.queryParams[0]).toMatchObject({ name: "name", key: "filter_name" });
    expect(paramsKeys(op, model!.normalisedDocument)).toEqual({
      keys: ["filter_name", "name"],
      open: false,
    });
  });

  it("a body with additionalProperties accepts any key", () => {
    const { model } = buildModel(
      spec({
        openapi: "3.1.0",
        info: { title: "T", version: "1.0.0" },
        paths: {
          "/things": {
            post: {
              operationId: "createThing",
              requestBody: body({ type: "object", additionalProperties: { type: "string" } }),
              responses: ok,
            },
          },
        },
      }),
    );
    expect(paramsKeys(model!.operations[0]!, model!.normalisedDocument).open).toBe(true);
  });
});

describe("read and write views", () => {
  const widget = {
    type: "object",
    required: ["id", "name", "secret"],
    properties: {
      id: { type: "string", readOnly: true },
      name: { type: "string" },
      secret: { type: "string", writeOnly: true },
    },
  };
  const doc = {
    openapi: "3.1.0",
    paths: {
      "/widgets": {
        post: {
          requestBody: body({ $ref: "#/components/schemas/Widget" }),
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Widget: widget,
        Box: {
          type: "object",
          properties: { items: { type: "array", items: { $ref: "#/components/schemas/Widget" } } },
        },
      },
    },
  };
  const viewed = applyReadWrite(doc) as typeof doc & {
    components: { schemas: Record<string, Record<string, unknown>> };
  };
  const schemas = viewed.components.schemas;

  it("the read view leaves writeOnly properties out, and never requires them", () => {
    expect(Object.keys(schemas["Widget"]!["properties"] as object)).toEqual(["id", "name"]);
    expect(schemas["Widget"]!["required"]).toEqual(["id", "name"]);
  });

  it("the write view (Writable) leaves readOnly properties out; refs follow", () => {
    expect(Object.keys(schemas["WidgetWritable"]!["properties"] as object)).toEqual([
      "name",
      "secret",
    ]);
    expect(schemas["WidgetWritable"]!["required"]).toEqual(["name", "secret"]);
    expect(JSON.stringify(schemas["BoxWritable"])).toContain("#/components/schemas/WidgetWritable");
    expect(viewed.paths["/widgets"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/WidgetWritable",
    });
    expect(
      viewed.paths["/widgets"].post.responses["200"].content["application/json"].schema,
    ).toEqual({ $ref: "#/components/schemas/Widget" });
  });

  it("a document without readOnly/writeOnly is returned as it is", () => {
    const plain = { openapi: "3.1.0", components: { schemas: { A: { type: "string" } } } };
    expect(applyReadWrite(plain)).toBe(plain);
  });
});

describe("named enums", () => {
  it("names properties after their schema, shares a name between equal enums", () => {
    const { model } = buildModel(
      spec({
        openapi: "3.1.0",
        info: { title: "T", version: "1.0.0" },
        paths: {
          "/orders": {
            post: {
              operationId: "createOrder",
              requestBody: body({
                type: "object",
                properties: { state: { type: "string", enum: ["open", "closed"] } },
              }),
              responses: ok,
            },
          },
        },
        components: {
          schemas: {
            Order: {
              type: "object",
              properties: {
                state: { type: "string", enum: ["open", "closed"], description: "Where it is." },
                size: { type: ["string", "null"], enum: ["s", "m", null] },
                tag: { anyOf: [{ type: "object" }, { type: "string", enum: [""] }] },
              },
            },
          },
        },
      }),
    );
    expect(
      model?.enums.map(({ identifier, values, open }) => ({ identifier, values, open })),
    ).toEqual([
      { identifier: "OrderSize", values: ["s", "m"], open: false },
      { identifier: "OrderState", values: ["open", "closed"], open: false },
    ]);
    expect(model?.enums[1]?.pointers).toEqual([
      "/components/schemas/Order/properties/state",
      "/paths/~1orders/post/requestBody/content/application~1json/schema/properties/state",
    ]);
  });
});
