import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { load, sourceOf } from "../../generator/load.js";

const MULTI = "test/fixtures/multi-file";
const ENTRY = `${MULTI}/openapi.yaml`;

const scratch = mkdtempSync(path.join(tmpdir(), "load-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const rel = (abs: string): string => path.relative(process.cwd(), abs).split(path.sep).join("/");

/** Write files under a fresh folder; returns its path. */
function fixture(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

function at(document: unknown, pointer: string): unknown {
  let current = document;
  for (const seg of pointer.split("/").slice(1)) {
    current = (current as Record<string, unknown>)[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return current;
}

describe("multi-file bundle", async () => {
  const { spec, diagnostics } = await load(ENTRY);
  const doc = spec!.document;

  test("loads without diagnostics", () => {
    expect(diagnostics).toEqual([]);
    expect(spec!.entryFile).toBe(ENTRY);
  });

  test("every $ref is local and resolves inside the document", () => {
    const refs = refsOf(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref.startsWith("#/")).toBe(true);
      expect(at(doc, decodeURIComponent(ref.slice(1))), ref).toBeDefined();
    }
  });

  test("external schemas land in components.schemas under stable names", () => {
    const schemas = at(doc, "/components/schemas") as Record<string, unknown>;
    expect(Object.keys(schemas)).toEqual([
      "Pet", // entry's own name for ./schemas/pet.yaml
      "Error",
      "owner", // schemas/legacy/owner.yaml (met first)
      "node",
      "owner_2", // schemas/owner.yaml: same base name, counter suffix
      "TagName", // schemas/common/tag.yaml#/Tag → ../../common.yaml#/TagName (a ref to a ref)
      "pet-id",
      "Children",
    ]);
  });

  test("recursion across files stays referenced", () => {
    expect(at(doc, "/components/schemas/Pet/properties/owner")).toEqual({
      $ref: "#/components/schemas/owner_2",
    });
    expect(at(doc, "/components/schemas/owner_2/properties/pets/items")).toEqual({
      $ref: "#/components/schemas/Pet",
    });
    expect(at(doc, "/components/schemas/node/properties/children")).toEqual({
      $ref: "#/components/schemas/Children",
    });
    expect(at(doc, "/components/schemas/Children/items")).toEqual({
      $ref: "#/components/schemas/node",
    });
  });

  test("non-schema components go to their sections; path items are inlined", () => {
    expect(at(doc, "/paths/~1pets~1{petId}/get/parameters/0")).toEqual({
      $ref: "#/components/parameters/PetId",
    });
    expect(at(doc, "/components/parameters/PetId/schema")).toEqual({
      $ref: "#/components/schemas/pet-id",
    });
    expect(at(doc, "/components/examples/rex/value")).toEqual({ id: 1, name: "Rex" });
    // A ref from a sub-file back into the entry file becomes a local ref.
    expect(at(doc, "/components/responses/error/content/application~1json/schema")).toEqual({
      $ref: "#/components/schemas/Error",
    });
    expect(at(doc, "/paths/~1pets/get/operationId")).toBe("listPets");
    // A $ref to a non-YAML file is inlined as text.
    expect(at(doc, "/paths/~1pets/get/x-codeSamples/0/source")).toBe(
      "curl https://example.com/pets\n",
    );
  });

  test("files in load order, entry first; sha256 over their bytes in that order", () => {
    expect(spec!.files[0]).toBe(ENTRY);
    expect(new Set(spec!.files).size).toBe(spec!.files.length);
    expect(spec!.files).toContain(`${MULTI}/schemas/tree/tree.yaml`);
    expect(spec!.files).toContain(`${MULTI}/samples/list.sh`);
    const hash = createHash("sha256");
    for (const file of spec!.files) hash.update(readFileSync(file));
    expect(spec!.sha256).toBe(hash.digest("hex"));
  });

  test("locate() maps bundled pointers to the original file:line:col", () => {
    expect(spec!.locate("/paths/~1pets/get/operationId")).toEqual({
      file: `${MULTI}/paths/pets.yaml`,
      line: 2,
      column: 16,
    });
    // A map-valued member points at its key.
    expect(spec!.locate("/components/schemas/owner_2/properties/pets")).toEqual({
      file: `${MULTI}/schemas/owner.yaml`,
      line: 5,
      column: 3,
    });
    expect(spec!.locate("/components/schemas/TagName/maxLength")).toEqual({
      file: `${MULTI}/common.yaml`,
      line: 4,
      column: 14,
    });
    expect(spec!.locate("/components/parameters/PetId/in")).toEqual({
      file: `${MULTI}/parameters.yaml`,
      line: 3,
      column: 7,
    });
    expect(spec!.locate("/paths/~1pets~1{petId}/get/operationId")).toEqual({
      file: ENTRY,
      line: 10,
      column: 20,
    });
    expect(spec!.locate("#/components/examples/rex/value/name")).toEqual({
      file: `${MULTI}/examples/rex.yaml`,
      line: 4,
      column: 9,
    });
  });

  test("locate() walks up to the nearest known ancestor", () => {
    expect(spec!.locate("/components/schemas/TagName/nope/deeper")).toEqual(
      spec!.locate("/components/schemas/TagName"),
    );
    expect(spec!.locate("/components/schemas/TagName")).toEqual({
      file: `${MULTI}/common.yaml`,
      line: 1,
      column: 1,
    });
    expect(spec!.locate("/nope")).toEqual({ file: ENTRY, line: 1, column: 1 });
  });

  test("sourceOf() gives the pointer inside the original file", () => {
    expect(sourceOf(spec!, "/components/schemas/owner_2/properties/pets/items")).toMatchObject({
      file: `${MULTI}/schemas/owner.yaml`,
      pointer: "/properties/pets/items",
    });
  });

  test("readText() serves every file read", () => {
    expect(spec!.readText(`${MULTI}/common.yaml`)).toBe(
      readFileSync(`${MULTI}/common.yaml`, "utf8"),
    );
    expect(spec!.readText("nope.yaml")).toBeUndefined();
  });

  test("deterministic: loading twice gives the same document, JSON and hash", async () => {
    const again = await load(ENTRY);
    expect(again.spec!.document).toEqual(doc);
    expect(JSON.stringify(again.spec!.document)).toBe(JSON.stringify(doc));
    expect(again.spec!.sha256).toBe(spec!.sha256);
    expect(again.spec!.files).toEqual(spec!.files);
  });

  test("absolute spec paths still report relative paths", async () => {
    const abs = await load(path.resolve(ENTRY));
    expect(abs.spec!.entryFile).toBe(ENTRY);
    expect(abs.spec!.files.every((f) => !path.isAbsolute(f))).toBe(true);
  });
});

describe("YAML and JSON details", () => {
  test("JSON files: positions come from a lazy index", async () => {
    const dir = fixture("json", {
      "api.json": JSON.stringify(
        {
          openapi: "3.1.0",
          info: { title: "t", version: "1" },
          paths: { "/a": { get: { responses: {} } } },
        },
        null,
        2,
      ),
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.json"));
    expect(diagnostics).toEqual([]);
    expect(spec!.locate("/paths/~1a/get/responses")).toEqual({
      file: rel(path.join(dir, "api.json")),
      line: 10,
      column: 9,
    });
    expect(spec!.locate("/info/title")).toEqual({
      file: rel(path.join(dir, "api.json")),
      line: 4,
      column: 14,
    });
  });

  test("YAML anchors and merge keys", async () => {
    const dir = fixture("anchors", {
      "api.yaml": [
        "openapi: 3.0.3",
        "info: {title: t, version: '1'}",
        "paths: {}",
        "components:",
        "  schemas:",
        "    Base: &base",
        "      type: object",
        "      required: &req [id]",
        "    Other:",
        "      <<: *base",
        "      description: other",
        "      x-req: *req",
        "",
      ].join("\n"),
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([]);
    expect(at(spec!.document, "/components/schemas/Other")).toEqual({
      type: "object",
      required: ["id"],
      description: "other",
      "x-req": ["id"],
    });
    // Aliased values are copies, not shared objects.
    expect(at(spec!.document, "/components/schemas/Other/x-req")).not.toBe(
      at(spec!.document, "/components/schemas/Base/required"),
    );
    expect(spec!.locate("/components/schemas/Other/type")).toEqual({
      file: rel(path.join(dir, "api.yaml")),
      line: 7,
      column: 13,
    });
  });

  test("duplicate keys are a syntax error with a position", async () => {
    const dir = fixture("dup", { "api.yaml": "openapi: 3.0.3\ninfo: {}\ninfo: {}\n" });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(spec).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      code: "yaml-syntax",
      severity: "error",
      position: { line: 3, column: 1 },
    });
  });

  test("a .json file that is not strict JSON is read as YAML, with a warning", async () => {
    const dir = fixture("lenient", {
      "api.json": '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},}',
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.json"));
    expect(spec!.document.openapi).toBe("3.1.0");
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "yaml-syntax",
        severity: "warning",
        position: expect.objectContaining({ line: 1, column: 74 }),
      }),
    ]);
  });

  test("a comment-only file is empty", async () => {
    const dir = fixture("comments", { "api.yaml": "# nothing here\n\n" });
    const { diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([expect.objectContaining({ code: "file-empty" })]);
  });

  test("a folder is not a spec file", async () => {
    const { diagnostics } = await load(scratch);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "file-not-found", severity: "error" }),
    ]);
    expect(diagnostics[0]!.message).toContain("is a directory");
    expect(diagnostics[0]!.message).toContain(`spec file ${rel(scratch)} is a directory`);
  });
});

describe("$ref edge cases", () => {
  const head = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";

  test("file names with braces and %-encoding", async () => {
    const dir = fixture("braces", {
      "api.yaml":
        head +
        "paths:\n  /m/{id}:\n    $ref: paths/menu_{id}.yaml\n  /n:\n    $ref: paths/with%20space.yaml\n",
      "paths/menu_{id}.yaml":
        "parameters: [{name: id, in: path, required: true, schema: {type: string}}]\nget: {responses: {'200': {description: ok}}}\n",
      "paths/with space.yaml": "get: {responses: {'200': {description: ok}}}\n",
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([]);
    expect(at(spec!.document, "/paths/~1m~1{id}/get/responses/200/description")).toBe("ok");
    expect(at(spec!.document, "/paths/~1n/get/responses/200/description")).toBe("ok");
  });

  test("a cycle of non-schema refs is an error, not a hang", async () => {
    const dir = fixture("cycle", {
      "api.yaml": head + "paths:\n  /a:\n    $ref: ./a.yaml\n",
      "a.yaml": "$ref: ./b.yaml\n",
      "b.yaml": "$ref: ./a.yaml\n",
    });
    const { diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics.some((d) => d.severity === "error" && d.code === "circular-ref")).toBe(true);
  });

  test("a self-recursive schema file", async () => {
    const dir = fixture("self", {
      "api.yaml":
        head +
        "paths: {}\ncomponents:\n  schemas:\n    Tree:\n      $ref: ./tree.yaml\n    Forest:\n      type: array\n      items: {$ref: ./tree.yaml}\n",
      "tree.yaml":
        "type: object\nproperties:\n  children:\n    type: array\n    items:\n      $ref: '#'\n",
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([]);
    expect(at(spec!.document, "/components/schemas/Tree/properties/children/items")).toEqual({
      $ref: "#/components/schemas/Tree",
    });
    expect(at(spec!.document, "/components/schemas/Forest/items")).toEqual({
      $ref: "#/components/schemas/Tree",
    });
    expect(Object.keys(at(spec!.document, "/components/schemas") as object)).toEqual([
      "Tree",
      "Forest",
    ]);
  });

  test("$ref siblings are kept (3.1)", async () => {
    const dir = fixture("siblings", {
      "api.yaml":
        head +
        "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: ./b.yaml\n      description: overrides\n",
      "b.yaml": "type: string\n",
    });
    const { spec } = await load(path.join(dir, "api.yaml"));
    expect(at(spec!.document, "/components/schemas/A")).toEqual({
      $ref: "#/components/schemas/b",
      description: "overrides",
    });
  });

  test("$refs in data positions that do not resolve are left as written, with a warning", async () => {
    const dir = fixture("data", {
      "api.yaml":
        head +
        "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      example:\n        $ref: ./missing.yaml\n",
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "unresolved-ref", severity: "warning" }),
    ]);
    expect(at(spec!.document, "/components/schemas/A/example")).toEqual({ $ref: "./missing.yaml" });
  });

  test("remote refs are reported, not fetched", async () => {
    const dir = fixture("remote", {
      "api.yaml":
        head +
        "paths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: https://example.com/a.yaml\n",
    });
    const { diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "unresolved-ref",
        severity: "error",
        message:
          '$ref "https://example.com/a.yaml" cannot be resolved: remote references are not supported',
        pointer: "/components/schemas/A/$ref",
        position: { file: rel(path.join(dir, "api.yaml")), line: 7, column: 13 },
      }),
    ]);
  });

  test("a discriminator mapping to external files is rewritten to component refs", async () => {
    const dir = fixture("mapping", {
      "api.yaml":
        head +
        [
          "paths: {}",
          "components:",
          "  schemas:",
          "    Pet:",
          "      oneOf: [{$ref: ./cat.yaml}]",
          "      discriminator:",
          "        propertyName: kind",
          "        mapping:",
          "          cat: ./cat.yaml",
          "          dog: Dog",
          "",
        ].join("\n"),
      "cat.yaml": "type: object\n",
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([]);
    expect(at(spec!.document, "/components/schemas/Pet/discriminator/mapping")).toEqual({
      cat: "#/components/schemas/cat",
      dog: "Dog",
    });
  });

  test("Swagger 2.0 / unknown documents are not bundled (check() reports them)", async () => {
    const dir = fixture("swagger", {
      "api.yaml": "swagger: '2.0'\ndefinitions:\n  A: {$ref: ./nope.yaml}\n",
    });
    const { spec, diagnostics } = await load(path.join(dir, "api.yaml"));
    expect(diagnostics).toEqual([]);
    expect(spec!.document.swagger).toBe("2.0");
  });
});
