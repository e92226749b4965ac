/**
 * What an editor shows: TypeScript language-service hovers at fixed positions of a consumer file,
 * for the Stripe package (generated/) and for a non-Stripe one (test/golden/acme-inventory).
 * Before issue 10 a path id hovered as `paths["/v1/sources/{source}"]["get"]["parameters"]…`, a
 * result as `{ id: string; … 22 more …} & {…}`, and `Source` without its description.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";
import { hovers } from "./quick-info.js";

const SOURCE_DOC =
  "`Source` objects allow you to accept a variety of payment methods. They represent a customer's payment instrument, and can be used with the Stripe API just like a `Card` object: once chargeable, they can be charged, or can be attached to customers. Deprecated by Stripe in favour of the PaymentMethods API.";

describe("hovers in the Stripe package", () => {
  const got = hovers({
    packageDir: join(ROOT, "generated"),
    packageName: "stripe-sources-client",
    source: `
import { createClient, SourceStatus, type Source } from "stripe-sources-client";
const client = createClient({ apiKey: "sk_test_1" });
export async function main(): Promise<string> {
  const /*@result*/result = await client.sources./*@retrieve*/retrieve(/*@arg-id*/"src_1");
  const /*@created*/created = await client.sources.create(/*@arg-params*/{ type: "card" });
  const src: /*@Source*/Source = result;
  const /*@status*/status = src.status;
  const known: readonly string[] = /*@values*/SourceStatus;
  return known.includes(status) ? created.id : src.id;
}
`,
  });

  it.each([
    [
      "retrieve",
      "(method) SourcesResource.retrieve(source: string, params?: RetrieveSourceParams, options?: RequestOptions): Promise<WithResponse<Source>>",
    ],
    ["arg-id", "source: string"],
    ["arg-params", "params: CreateSourceParams"],
    ["result", "const result: WithResponse<Source>"],
    ["created", "const created: WithResponse<Source>"],
    ["status", "const status: SourceStatus"],
  ])("%s", (marker, want) => {
    expect(got[marker]?.split("\n\n")[0]).toBe(want);
  });

  it("Source: its name, its description, its deprecation", () => {
    expect(got["Source"]).toBe(
      `(alias) interface Source\nimport Source\n\n${SOURCE_DOC}\n\n@deprecated`,
    );
  });

  it("SourceStatus: the as const array of the values", () => {
    expect(got["values"]?.split("\n\n")[0]).toBe(
      '(alias) const SourceStatus: readonly ["canceled", "chargeable", "consumed", "failed", "pending"]\nimport SourceStatus',
    );
  });
});

describe("hovers in a non-Stripe package (acme-inventory)", () => {
  const got = hovers({
    packageDir: join(ROOT, "test/golden/acme-inventory"),
    packageName: "acme-inventory-api-client",
    source: `
import { createClient, type Widget } from "acme-inventory-api-client";
const client = createClient({ baseUrl: "http://127.0.0.1:1" });
export async function main(): Promise<number> {
  const /*@widget*/widget = await client.widgets./*@get*/get(/*@arg-id*/"wid_1");
  const w: /*@Widget*/Widget = widget;
  const /*@bin*/bin = await client.bins.get(/*@arg-bin*/7);
  const /*@deleted*/deleted = await client.widgets.delete(w.id);
  await client.widgets.create(/*@arg-create*/{ name: "a", status: "draft" });
  return bin.number + deleted.lastResponse.status;
}
`,
  });

  it.each([
    [
      "get",
      "(method) WidgetsResource.get(widgetId: string, params?: GetWidgetParams, options?: RequestOptions): Promise<WithResponse<Widget>>\n\nRetrieve a widget\n\n`GET /widgets/{widget_id}` (operationId `getWidget`)",
    ],
    ["arg-id", "widgetId: string"],
    ["arg-bin", "binNumber: number"],
    ["arg-create", "params: CreateWidgetParams"],
    ["widget", "const widget: WithResponse<Widget>"],
    ["bin", "const bin: WithResponse<Bin>"],
    ["deleted", "const deleted: WithResponse<NoContent>"],
    ["Widget", "(alias) interface Widget\nimport Widget\n\nA thing Acme keeps in stock."],
  ])("%s", (marker, want) => {
    expect(got[marker]).toBe(want);
  });
});
