/** Path arguments are percent-encoded into one segment and can never change the path. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError, StripeError } from "./stripe-dialect.js";
import { createTestClient, TestServer } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

describe("path escaping", () => {
  const sent: [string, string][] = [
    ["../x?y=1", "/v1/sources/..%2Fx%3Fy%3D1"],
    ["a/b", "/v1/sources/a%2Fb"],
    ["src_ü😀", "/v1/sources/src_%C3%BC%F0%9F%98%80"],
    ["a b#c", "/v1/sources/a%20b%23c"],
    ["..\\x", "/v1/sources/..%5Cx"],
    ["%2E%2E", "/v1/sources/%252E%252E"],
    ["...", "/v1/sources/..."],
    ["src_1&expand[]=x", "/v1/sources/src_1%26expand%5B%5D%3Dx"],
  ];
  for (const [id, path] of sent) {
    it(`sends ${JSON.stringify(id)} as ${path}`, async () => {
      const { sources } = createTestClient(server);
      await sources.retrieve(id);
      expect(server.received).toHaveLength(1);
      expect(server.received[0]!.path).toBe(path);
      expect(server.received[0]!.query).toBeNull();
      expect(decodeURIComponent(path.slice("/v1/sources/".length))).toBe(id);
    });
  }

  it("encodes every path parameter (attach and detach)", async () => {
    const { customers } = createTestClient(server);
    await customers.createSource("cus/../1", { source: "src_1" });
    await customers.deleteSource("cus?1", "src#1");
    expect(server.received.map((r) => r.path)).toEqual([
      "/v1/customers/cus%2F..%2F1/sources",
      "/v1/customers/cus%3F1/sources/src%231",
    ]);
  });

  it("why `.` and `..` are rejected: fetch's URL parser treats %2E%2E as `..` too", () => {
    expect(new URL("http://h/v1/customers/%2E%2E/sources").pathname).toBe("/v1/sources");
    expect(new URL("http://h/v1/sources/%2e").pathname).toBe("/v1/sources/");
  });

  const rejected: [string, unknown, string][] = [
    ["..", "..", 'source: ".." is not a valid path segment'],
    [".", ".", 'source: "." is not a valid path segment'],
    ["empty", "", "source: must be a non-empty string"],
    ["undefined", undefined, "source: must be a non-empty string"],
    ["null", null, "source: must be a non-empty string"],
    ["an object", { id: "src_1" }, "source: must be a non-empty string"],
    ["a lone surrogate", "src_\uD800", "source: must be well-formed Unicode"],
  ];
  for (const [label, id, message] of rejected) {
    it(`rejects ${label} before sending anything`, async () => {
      const { sources } = createTestClient(server);
      const call = sources.retrieve(id as string);
      await expect(call).rejects.toBeInstanceOf(RequestValidationError);
      await expect(call).rejects.toBeInstanceOf(StripeError);
      await expect(call).rejects.toThrow(message);
      expect(server.received).toHaveLength(0);
    });
  }

  // Issue 9: integer path ids (petstore's `/pets/{id}`) are sent; the validator judges the type.
  it("sends a number as its decimal text", async () => {
    const { sources } = createTestClient(server);
    await sources.retrieve(123 as unknown as string);
    expect(server.received[0]!.path).toBe("/v1/sources/123");
  });

  it("rejects a bad second path argument (detach `..`) before sending anything", async () => {
    const { customers } = createTestClient(server);
    await expect(customers.deleteSource("cus_1", "..")).rejects.toThrow(
      'id: ".." is not a valid path segment',
    );
    await expect(customers.deleteSource("", "src_1")).rejects.toThrow(
      "customer: must be a non-empty string",
    );
    expect(server.received).toHaveLength(0);
  });
});
