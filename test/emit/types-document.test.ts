/**
 * A named enum reached through a shared parameter (`components.parameters`, used by several
 * operations) is listed once per operation; it is marked once in the document openapi-typescript
 * reads (digitalocean's spec crashed the types emitter: "reading 'includes'").
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { emitTypes } from "../../generator/emit/types.js";
import { load } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";

const scratch = mkdtempSync(path.join(tmpdir(), "types-document-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("an enum of a shared parameter used by two operations", async () => {
  const spec = path.join(scratch, "shared-enum.yaml");
  const operation = (id: string) =>
    [
      `    get:`,
      `      operationId: ${id}`,
      `      parameters: [{ $ref: "#/components/parameters/Sort" }]`,
      `      responses: { "204": { description: none } }`,
    ].join("\n");
  writeFileSync(
    spec,
    [
      "openapi: 3.0.3",
      "info: { title: Shared enum, version: 1.0.0 }",
      "paths:",
      "  /a:",
      operation("listA"),
      "  /b:",
      operation("listB"),
      "components:",
      "  parameters:",
      "    Sort:",
      "      name: sort",
      "      in: query",
      "      schema: { type: string, enum: [asc, desc] }",
    ].join("\n"),
  );
  const model = buildModel((await load(spec)).spec!).model!;
  const named = model.enums.find((e) => e.values.join() === "asc,desc");
  expect(named).toBeDefined();
  const types = emitTypes(model).contents;
  expect(types).toContain(named!.identifier);
});
