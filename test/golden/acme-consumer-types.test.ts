/**
 * Consumer type errors on a non-Stripe package (test/golden/acme-inventory): each misuse is a
 * compile error with the expected code, at the misuse (the same calls, corrected, compile).
 * `Widget.id` and `created_at` are readOnly: a create call may not set them; `secret` is
 * writeOnly: a result does not have it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { compileErrors } from "../hover/quick-info.js";

const packageDir = join(ROOT, "test/golden/acme-inventory");
const PRELUDE = `
import { createClient, WidgetStatus, type Widget, type WidgetWritable } from "acme-inventory-api-client";
const client = createClient({ baseUrl: "http://127.0.0.1:1" });
export async function misuse(w: Widget): Promise<unknown> {
`;

function errorsOf(body: string): string[] {
  const source = `${PRELUDE}${body}\nreturn w;\n}\n`;
  return compileErrors({ packageDir, packageName: "acme-inventory-api-client", source }).map(
    (e) => /TS\d+/.exec(e)?.[0] ?? e,
  );
}

describe("acme-inventory consumer types", () => {
  it("the correct calls compile", () => {
    expect(
      errorsOf(`
        const created = await client.widgets.create({ name: "a", status: "draft", secret: "s" });
        const writable: WidgetWritable = { name: "b", status: WidgetStatus[0] };
        await client.widgets.create(writable, { timeoutMs: 1000 });
        return created.id;`),
    ).toEqual([]);
  });

  it.each([
    ["a readOnly property in a create call", `await client.widgets.create({ id: "w1", name: "a", status: "draft" });`, "TS2353"],
    ["another readOnly property", `await client.widgets.create({ name: "a", status: "draft", created_at: "x" });`, "TS2353"],
    ["a writeOnly property read from a result", `const s: string | undefined = w.secret; void s;`, "TS2339"],
    ["an unknown key (a typo)", `await client.widgets.list({ limt: 5 });`, "TS2561"],
    ["a request option in params", `await client.widgets.get("w1", { timeoutMs: 5 });`, "TS2353"],
    ["an option in an empty params slot", `await client.widgets.delete("w1", { timeoutMs: 5 });`, "TS2322"],
    ["a number where a path id is a string", `await client.widgets.get(1);`, "TS2345"],
    ["a string where a path id is a number", `await client.bins.get("7");`, "TS2345"],
    ["an enum value the spec does not list", `await client.widgets.list({ status: "lost" });`, "TS2322"],
    ["a string where a file is expected", `await client.widgets.uploadImage("w1", { file: "x" });`, "TS2322"],
    ["a non-array body", `await client.widgets.replaceTags("w1", { body: "blue" });`, "TS2322"],
  ])("%s is an error", (_name, body, code) => {
    expect(errorsOf(body)).toEqual([code]);
  });
});
