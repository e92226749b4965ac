/**
 * One call shape, stable under additive changes (issue 10): acme-inventory-additive is
 * acme-inventory plus an optional query parameter on an operation with a body (createWidget) and
 * on one with no parameter at all (deleteWidget), an optional body property and an optional
 * multipart field. Every method keeps its signature, and a consumer written against the first
 * version compiles unchanged against the second, options argument included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { compileErrors } from "../hover/quick-info.js";

const BEFORE = join(ROOT, "test/golden/acme-inventory");
const AFTER = join(ROOT, "test/golden/acme-inventory-additive");

/** Written against the first version: every method, with params and options where it takes them. */
const CONSUMER = `
import { createClient, type Widget } from "acme-inventory-api-client";
const client = createClient({ baseUrl: "http://127.0.0.1:1" });
const options = { timeoutMs: 1000, idempotencyKey: "k1" };
export async function calls(): Promise<Widget[]> {
  const created = await client.widgets.create({ name: "Sprocket", status: "active", secret: "s" }, options);
  const listed = await client.widgets.list({ status: "active", limit: 10 }, options);
  const listedAll = await client.widgets.list();
  const got = await client.widgets.get(created.id, { expand: ["parts"] }, options);
  const gotPlain = await client.widgets.get(created.id);
  const deleted = await client.widgets.delete(created.id, {}, options);
  const deletedPlain = await client.widgets.delete(created.id);
  const image = await client.widgets.uploadImage(created.id, { file: new Blob(["x"]) }, options);
  const tags = await client.widgets.replaceTags(created.id, { body: ["blue"] }, options);
  const bin = await client.bins.get(7, {}, options);
  void [deleted.lastResponse.status, deletedPlain, tags.length, listedAll.has_more];
  return [created, got, gotPlain, image, ...listed.data, ...bin.widgets];
}
`;

function declarations(dir: string): string {
  return readFileSync(join(dir, "client.d.ts"), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("// Generated from") && !/A client for .* \d/.test(line))
    .join("\n");
}

describe("additive spec changes keep every call", () => {
  it("no method signature changes (client.d.ts is the same but for the version)", () => {
    expect(declarations(AFTER)).toBe(declarations(BEFORE));
  });

  it("the new parameters and property are there (the change is real)", () => {
    const types = readFileSync(join(AFTER, "types.d.ts"), "utf8");
    expect(types).toMatch(/dry_run\?: boolean/);
    expect(types).toMatch(/force\?: boolean/);
    expect(types).toMatch(/color\?: string/);
    expect(types).toMatch(/alt_text\?: string/);
  });

  it.each([
    ["the first version", BEFORE],
    ["the version with additions", AFTER],
  ])("the consumer compiles against %s", (_name, packageDir) => {
    expect(
      compileErrors({ packageDir, packageName: "acme-inventory-api-client", source: CONSUMER }),
    ).toEqual([]);
  });
});
