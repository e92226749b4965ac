/** Unknown keys in params: caught before sending, with the likely intended name or the right slot. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../templates/runtime/descriptor.js";
import { RequestValidationError } from "../../templates/runtime/index.js";
import { closest, unknownKeyMessage } from "../../templates/runtime/unknown-keys.js";
import { createTestClient, ops, TestServer } from "./support.js";

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

const OPTIONS = ["headers", "idempotencyKey", "maxRetries", "signal", "stripeAccount", "timeoutMs"];
const update: OperationDescriptor = {
  ...ops.CreateSource,
  name: "sources.update",
  keys: ["amount", "metadata", "owner"],
};

describe("closest", () => {
  it.each([
    ["metadta", "metadata"],
    ["ownr", "owner"],
    ["Amount", "amount"],
    ["colour", undefined],
    ["x", undefined],
  ])("%s → %s", (key, want) => {
    expect(closest(key, ["amount", "metadata", "owner"])).toBe(want);
  });
});

describe("messages", () => {
  it("names the key, the method and the likely intended name", () => {
    expect(unknownKeyMessage(update, "metadta", OPTIONS)).toBe(
      "`metadta` is not a parameter of sources.update; did you mean `metadata`?",
    );
  });

  it("says where a request option belongs", () => {
    expect(unknownKeyMessage(update, "stripeAccount", OPTIONS)).toBe(
      "`stripeAccount` is a request option, not a parameter of sources.update: pass it in the options argument (the last one), e.g. sources.update(…, { stripeAccount })",
    );
  });

  it("says when a method takes no params", () => {
    expect(unknownKeyMessage({ ...update, keys: [] }, "force", OPTIONS)).toBe(
      "`force` is not a parameter of sources.update (it takes none)",
    );
  });
});

describe("the transport", () => {
  it("rejects an unknown key before sending", async () => {
    const { transport } = createTestClient(server, {}, { requestOptionNames: OPTIONS });
    const call = transport.request(update, [], { metadta: { a: "1" } });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    await expect(call).rejects.toThrow("did you mean `metadata`?");
    expect(server.received).toHaveLength(0);
  });

  it("accepts any key when the body allows additional properties", async () => {
    const { transport } = createTestClient(server);
    await transport.request({ ...update, openKeys: true }, [], { anything: "1" });
    expect(server.received[0]!.body).toBe("anything=1");
  });

  it("sends unknown keys as before with validateRequests: false", async () => {
    const { transport } = createTestClient(server, { validateRequests: false });
    await transport.request(update, [], { metadta: "1" });
    expect(server.received[0]!.body).toBe("metadta=1");
  });

  it("sends a renamed query key (x-param-name) under its parameter's name", async () => {
    const { transport } = createTestClient(server);
    const op: OperationDescriptor = {
      ...ops.RetrieveSource,
      query: ["filter_name"],
      queryNames: { filter_name: "name" },
      keys: ["filter_name"],
    };
    await transport.request(op, ["src_1"], { filter_name: "a" });
    expect(server.received[0]!.query).toBe("name=a");
  });
});
