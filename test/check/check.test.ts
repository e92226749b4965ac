import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { check } from "../../generator/check.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { load } from "../../generator/load.js";
import type { LoadedSpec } from "../../generator/spec-source.js";

const scratch = mkdtempSync(path.join(tmpdir(), "check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** Load a YAML text from a temp file and check it. */
async function checkYaml(text: string): Promise<{ diagnostics: Diagnostic[]; file: string }> {
  const file = path.join(scratch, `spec-${++counter}.yaml`);
  writeFileSync(file, text);
  const loaded = await load(file);
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const diagnostics = await check(loaded.spec!);
  return { diagnostics, file: path.relative(process.cwd(), file).split(path.sep).join("/") };
}

function fakeSpec(document: unknown): LoadedSpec {
  return {
    entryFile: "x.yaml",
    files: ["x.yaml"],
    sha256: "",
    document: document as Record<string, unknown>,
    locate: () => undefined,
    readText: () => undefined,
  };
}

const summary = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.severity} ${d.code}: ${d.message}`);

const head30 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
const head31 = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

describe("version", () => {
  test.each([
    [[], "not-openapi"],
    [{ info: {} }, "not-openapi"],
    [{ swagger: "2.0" }, "swagger-2"],
    [{ openapi: "4.0.0" }, "unsupported-version"],
    [{ openapi: "3.2.0" }, "unsupported-version"],
    [{ openapi: "2.0" }, "unsupported-version"],
    [{ openapi: 3.1 }, "unsupported-version"],
  ])("%j → %s (and nothing else)", async (document, code) => {
    const diagnostics = await check(fakeSpec(document));
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]!.severity).toBe("error");
  });

  test.each(["3.0.0", "3.0.3", "3.1.0", "3.1.1", "3.1.0-rc1"])(
    "%s is supported",
    async (version) => {
      const diagnostics = await check(
        fakeSpec({ openapi: version, info: { title: "t", version: "1" }, paths: {} }),
      );
      expect(diagnostics).toEqual([]);
    },
  );
});

describe("structure (Redocly struct)", () => {
  test("a valid document has no diagnostics", async () => {
    const { diagnostics } = await checkYaml(
      head30 +
        "paths:\n  /pets/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n" +
        "    get:\n      operationId: getPet\n      responses:\n        '200':\n          description: ok\n" +
        "          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Pet'}\n" +
        "components:\n  schemas:\n    Pet:\n      type: object\n      nullable: true\n      properties:\n        id: {type: string, pattern: '^[a-z]+$'}\n",
    );
    expect(diagnostics).toEqual([]);
  });

  test("collects all problems, positioned, with suggestions", async () => {
    const { diagnostics, file } = await checkYaml(
      head30 +
        "paths:\n  /a:\n    get:\n      reponses: {}\n  /b:\n    get:\n      responses: nope\n",
    );
    expect(summary(diagnostics)).toEqual([
      "error schema-violation: The field `responses` must be present on this level",
      "error schema-violation: Property `reponses` is not expected here",
      "error schema-violation: Expected type `Responses` (object) but got `string`",
    ]);
    expect(diagnostics[1]).toMatchObject({
      pointer: "/paths/~1a/get/reponses",
      position: { file, line: 6, column: 7 },
      hint: "Did you mean `responses`?",
    });
    expect(diagnostics[2]).toMatchObject({
      pointer: "/paths/~1b/get/responses",
      position: { file, line: 9, column: 18 },
    });
  });

  test("harmless schema quirks are warnings: unknown keywords, 3.0 nullable without type, nullable in 3.1", async () => {
    const { diagnostics: d30 } = await checkYaml(
      head30 +
        "paths: {}\ncomponents:\n  schemas:\n    A:\n      nullable: true\n      propertyNames: {type: string}\n",
    );
    expect(summary(d30)).toEqual([
      "warning schema-violation: The `type` field must be defined when the `nullable` field is used",
      "warning schema-violation: Property `propertyNames` is not expected here",
    ]);
    const { diagnostics: d31 } = await checkYaml(
      head31 +
        "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      nullable: true\n",
    );
    expect(summary(d31)).toEqual([
      "warning schema-violation: Property `nullable` is not expected here",
    ]);
  });

  test("type: 'null' is an error in 3.0, fine in 3.1", async () => {
    const schema =
      "paths: {}\ncomponents:\n  schemas:\n    A:\n      anyOf: [{type: string}, {type: 'null'}]\n";
    const { diagnostics: d30 } = await checkYaml(head30 + schema);
    expect(d30.map((d) => `${d.severity} ${d.pointer}`)).toEqual([
      "error /components/schemas/A/anyOf/1/type",
    ]);
    expect(d30[0]).toMatchObject({
      message: '`type: "null"` is OpenAPI 3.1 (JSON Schema) syntax, not OpenAPI 3.0',
      hint: expect.stringContaining("`nullable: true`"),
    });
    const { diagnostics: d31 } = await checkYaml(head31 + schema);
    expect(d31).toEqual([]);
  });

  test("3.1 without paths (webhooks only) is valid", async () => {
    const { diagnostics } = await checkYaml(
      head31 +
        "webhooks:\n  ping:\n    post:\n      responses:\n        '200': {description: ok}\n",
    );
    expect(diagnostics).toEqual([]);
  });
});

describe("operations", () => {
  test("duplicate operationIds across paths and webhooks, reported at the later one", async () => {
    const { diagnostics, file } = await checkYaml(
      head31 +
        "paths:\n  /a:\n    get: {operationId: same, responses: {'200': {description: ok}}}\n" +
        "    post: {operationId: same, responses: {'200': {description: ok}}}\n" +
        "webhooks:\n  hook:\n    post: {operationId: same, responses: {'200': {description: ok}}}\n",
    );
    expect(summary(diagnostics)).toEqual([
      'error duplicate-operation-id: operationId "same" of POST /a is already used by GET /a',
      'error duplicate-operation-id: operationId "same" of POST hook is already used by GET /a',
    ]);
    expect(diagnostics[0]!.position).toEqual({ file, line: 6, column: 25 });
  });

  test("path parameters: path-level, operation-level and $ref'd declarations count", async () => {
    const { diagnostics } = await checkYaml(
      head30 +
        "paths:\n" +
        "  /a/{x}/{y}/{z}:\n" +
        "    parameters: [{$ref: '#/components/parameters/X'}]\n" +
        "    get:\n      parameters: [{name: y, in: path, required: true, schema: {type: string}}]\n" +
        "      responses: {'200': {description: ok}}\n" +
        "    put:\n      responses: {'200': {description: ok}}\n" +
        "components:\n  parameters:\n    X: {name: x, in: path, required: true, schema: {type: string}}\n",
    );
    expect(summary(diagnostics)).toEqual([
      'error undeclared-path-parameter: path parameter "z" of GET /a/{x}/{y}/{z} is not declared',
      'error undeclared-path-parameter: path parameter "y" of PUT /a/{x}/{y}/{z} is not declared',
      'error undeclared-path-parameter: path parameter "z" of PUT /a/{x}/{y}/{z} is not declared',
    ]);
  });

  test("a declared path parameter missing from the template (path level and operation level)", async () => {
    const { diagnostics } = await checkYaml(
      head30 +
        "paths:\n  /a:\n    parameters: [{name: p, in: path, required: true, schema: {type: string}}]\n" +
        "    get:\n      parameters: [{name: q, in: path, required: true, schema: {type: string}}, {name: r, in: query, schema: {type: string}}]\n" +
        "      responses: {'200': {description: ok}}\n",
    );
    expect(summary(diagnostics)).toEqual([
      'error unknown-path-parameter: path parameter "p" is not in the path template /a',
      'error unknown-path-parameter: path parameter "q" of GET /a is not in the path template',
    ]);
  });
});

describe("patterns", () => {
  test("invalid everywhere → error; valid only without u → one warning per distinct pattern", async () => {
    const { diagnostics, file } = await checkYaml(
      head30 +
        "paths: {}\ncomponents:\n  schemas:\n" +
        "    A: {type: string, pattern: '(unclosed'}\n" +
        "    B: {type: string, pattern: '^[a-z\\:]+$'}\n" +
        "    C:\n      type: object\n      properties:\n        c: {type: string, pattern: '^[a-z\\:]+$'}\n" +
        "        pattern: {type: string, example: {pattern: '(not a schema'}}\n" +
        "    D: {type: string, pattern: '^\\p{L}+$'}\n",
    );
    expect(summary(diagnostics)).toEqual([
      'error invalid-pattern: pattern "(unclosed" is not a valid regular expression: Invalid regular expression: /(unclosed/: Unterminated group',
      'warning invalid-pattern: pattern "^[a-z\\\\:]+$" is only valid without the u (unicode) flag (2 places): Invalid regular expression: /^[a-z\\:]+$/u: Invalid escape',
    ]);
    expect(diagnostics[0]).toMatchObject({
      pointer: "/components/schemas/A/pattern",
      position: { file, line: 6, column: 32 },
    });
  });
});

describe("corpus-style documents", () => {
  test("the multi-file fixture is clean", async () => {
    const loaded = await load("test/fixtures/multi-file/openapi.yaml");
    expect(await check(loaded.spec!)).toEqual([]);
  });

  test("diagnostics in sub-files point into the sub-file", async () => {
    const dir = path.join(scratch, "sub");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "api.yaml"), head30 + "paths:\n  /a:\n    $ref: ./a.yaml\n");
    writeFileSync(path.join(dir, "a.yaml"), "get:\n  operationId: a\n  responses: 42\n");
    const loaded = await load(path.join(dir, "api.yaml"));
    const diagnostics = await check(loaded.spec!);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "schema-violation",
        pointer: "/get/responses",
        position: {
          file: path.relative(process.cwd(), path.join(dir, "a.yaml")).split(path.sep).join("/"),
          line: 3,
          column: 14,
        },
      }),
    ]);
  });
});
