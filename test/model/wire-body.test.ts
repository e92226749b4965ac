/**
 * Wildcard request media types (`*\/*`, as in Swagger 2 conversions such as ACA-Py's spec) are not
 * sent as a Content-Type: JSON unless the schema is binary (then application/octet-stream).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitClient } from "../../generator/emit/client.js";
import { load } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import { wireBody } from "../../generator/model/operation.js";

const scratch = mkdtempSync(path.join(tmpdir(), "wire-body-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("wireBody", () => {
  it("keeps concrete media types", () => {
    expect(wireBody({ mediaType: "application/json", schema: {} })).toEqual({
      mediaType: "application/json",
      encoding: "json",
    });
    expect(wireBody({ mediaType: "multipart/form-data", schema: {} })).toEqual({
      mediaType: "multipart/form-data",
      encoding: "multipart",
    });
    expect(wireBody({ mediaType: "image/png", schema: {} })).toEqual({
      mediaType: "image/png",
      encoding: "binary",
    });
  });

  it("sends a wildcard as JSON, or as octet-stream for binary or empty schemas", () => {
    const object = { type: "object", properties: { a: { type: "string" } } };
    expect(wireBody({ mediaType: "*/*", schema: object })).toEqual({
      mediaType: "application/json",
      encoding: "json",
    });
    expect(wireBody({ mediaType: "application/*", schema: { $ref: "#/x" } }).encoding).toBe("json");
    for (const schema of [{}, true, { type: "string", format: "binary" }]) {
      expect(wireBody({ mediaType: "*/*", schema })).toEqual({
        mediaType: "application/octet-stream",
        encoding: "binary",
      });
    }
  });

  it("is what the client's descriptor says", async () => {
    const spec = path.join(scratch, "wildcard.yaml");
    writeFileSync(
      spec,
      [
        "openapi: 3.0.1",
        "info: { title: Wildcard, version: '1' }",
        "paths:",
        "  /wallets:",
        "    post:",
        "      operationId: createWallet",
        "      requestBody:",
        "        content:",
        "          '*/*':",
        "            schema: { type: object, properties: { label: { type: string } } }",
        "      responses:",
        "        '200': { description: ok }",
      ].join("\n"),
    );
    const loaded = await load(spec);
    const model = buildModel(loaded.spec!).model!;
    const source = emitClient(model, "").find((f) => f.path === "client.js")!.contents;
    expect(source).toContain('body: { mediaType: "application/json", encoding: "json"');
  });
});
