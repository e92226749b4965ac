/** Non-form body encodings, as the descriptor's `body.encoding` says. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../templates/runtime/descriptor.js";
import { createTestClient, json, ops, TestServer } from "./support.js";

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

function withBody(body: OperationDescriptor["body"], query: string[] = []): OperationDescriptor {
  return { ...ops.CreateSource, body, query };
}

describe("body encodings", () => {
  it("json, merged: the remaining params as JSON", async () => {
    const { transport } = createTestClient(server);
    const op = withBody(
      { mediaType: "application/json", encoding: "json", merged: true, required: true },
      ["expand"],
    );
    await transport.request(op, [], { expand: ["a"], name: "n", nested: { list: [1, true] } });
    const got = server.received[0]!;
    expect(got.query).toBe("expand[0]=a");
    expect(got.body).toBe('{"name":"n","nested":{"list":[1,true]}}');
    expect(got.headers["content-type"]).toBe("application/json");
  });

  it("json, optional and empty: no body", async () => {
    const { transport } = createTestClient(server);
    const op = withBody({
      mediaType: "application/json",
      encoding: "json",
      merged: true,
      required: false,
    });
    await transport.request(op, [], {});
    expect(server.received[0]!.body).toBe("");
    expect(server.received[0]!.headers["content-type"]).toBeUndefined();
  });

  it("json, not merged: params.body", async () => {
    const { transport } = createTestClient(server);
    const op = withBody({
      mediaType: "application/merge-patch+json",
      encoding: "json",
      merged: false,
      required: true,
    });
    await transport.request(op, [], { body: [1, "two"] });
    expect(server.received[0]!.body).toBe('[1,"two"]');
    expect(server.received[0]!.headers["content-type"]).toBe("application/merge-patch+json");
  });

  it("multipart: an object becomes FormData with bracketed names and a boundary", async () => {
    const { transport } = createTestClient(server);
    const op = {
      ...withBody({
        mediaType: "multipart/form-data",
        encoding: "multipart",
        merged: true,
        required: true,
      }),
      unixTime: ["file_link_data.expires_at"], // Stripe's spec: `format: unix-time`
    };
    await transport.request(op, [], {
      purpose: "dispute_evidence",
      file: new Blob(["hello"], { type: "text/plain" }),
      file_link_data: { create: true, expires_at: new Date(1_700_000_000_000) },
    });
    const got = server.received[0]!;
    expect(got.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(got.body).toContain('name="purpose"\r\n\r\ndispute_evidence');
    expect(got.body).toContain('name="file_link_data[create]"\r\n\r\ntrue');
    expect(got.body).toContain('name="file_link_data[expires_at]"\r\n\r\n1700000000');
    expect(got.body).toMatch(
      /name="file"; filename="blob"\r\nContent-Type: text\/plain\r\n\r\nhello/,
    );
  });

  it("text / binary: params.body passed through with the media type", async () => {
    const { transport } = createTestClient(server);
    const op = withBody({ mediaType: "text/csv", encoding: "text", merged: false, required: true });
    await transport.request(op, [], { body: "a,b\n1,2\n" });
    expect(server.received[0]!.body).toBe("a,b\n1,2\n");
    expect(server.received[0]!.headers["content-type"]).toBe("text/csv");
  });

  it("binary stream body: sent once, never retried", async () => {
    const { transport } = createTestClient(server);
    const op = withBody({
      mediaType: "application/octet-stream",
      encoding: "binary",
      merged: false,
      required: true,
    });
    server.reply(json(500, { error: { type: "api_error" } }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("chunk-1,"));
        controller.enqueue(new TextEncoder().encode("chunk-2"));
        controller.close();
      },
    });
    await expect(transport.request(op, [], { body: stream })).rejects.toMatchObject({
      status: 500,
    });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.body).toBe("chunk-1,chunk-2");
    expect(server.received[0]!.headers["content-type"]).toBe("application/octet-stream");
  });
});
