/** The five Source operations against a real HTTP server: exact method, path, query, headers, body. */
import qs from "qs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { API_KEY, createTestClient, json, TestServer, type Received } from "./support.js";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
  vi.unstubAllGlobals();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** stripe-node's encoding: qs with indices, then literal brackets. */
function stripeNode(data: object): string {
  return qs
    .stringify(data, {
      arrayFormat: "indices",
      serializeDate: (d: Date) => Math.floor(d.getTime() / 1000).toString(),
    })
    .replace(/%5B/g, "[")
    .replace(/%5D/g, "]");
}

function only(): Received {
  expect(server.received).toHaveLength(1);
  return server.received[0]!;
}

function expectCommonHeaders(got: Received): void {
  expect(got.headers.authorization).toBe(`Bearer ${API_KEY}`);
  expect(got.headers.accept).toBe("application/json");
  expect(got.headers["user-agent"]).toBe("stripe-sources-client/1.0.0");
}

describe("create source: POST /v1/sources", () => {
  const params = {
    type: "ach_credit_transfer",
    currency: "usd",
    amount: 1099,
    owner: {
      email: "jenny.rosen@example.com",
      name: "Jenny Rosen",
      address: {
        line1: "510 Townsend St",
        city: "San Francisco",
        postal_code: "94103",
        country: "US",
      },
    },
    metadata: { order_id: "6735", "note (internal)": "a&b=c" },
    usage: "reusable",
    expand: ["owner", "receiver"],
  };

  it("sends the exact method, path, headers and body bytes", async () => {
    const { sources } = createTestClient(server);
    const source = await sources.create(params);
    const got = only();
    expect(got.method).toBe("POST");
    expect(got.path).toBe("/v1/sources");
    expect(got.query).toBeNull();
    expect(got.body).toBe(
      "type=ach_credit_transfer&currency=usd&amount=1099" +
        "&owner[email]=jenny.rosen%40example.com&owner[name]=Jenny%20Rosen" +
        "&owner[address][line1]=510%20Townsend%20St&owner[address][city]=San%20Francisco" +
        "&owner[address][postal_code]=94103&owner[address][country]=US" +
        "&metadata[order_id]=6735&metadata[note%20%28internal%29]=a%26b%3Dc" +
        "&usage=reusable&expand[0]=owner&expand[1]=receiver",
    );
    expect(got.body).toBe(stripeNode(params));
    expectCommonHeaders(got);
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["content-length"]).toBe(String(Buffer.byteLength(got.body)));
    expect(got.headers["idempotency-key"]).toMatch(UUID);
    expect(got.headers["stripe-version"]).toBeUndefined();
    expect(got.headers["stripe-account"]).toBeUndefined();
    expect(source).toEqual({ id: "src_123", object: "source" });
  });

  it("attaches lastResponse as a non-enumerable property", async () => {
    const { sources } = createTestClient(server);
    server.reply(json(200, { id: "src_1", object: "source" }, { "X-Extra": "Yes" }));
    const source = await sources.create({ type: "card" });
    const sent = only().headers["idempotency-key"];
    expect(source.lastResponse).toEqual({
      status: 200,
      requestId: "req_200",
      headers: expect.objectContaining({ "request-id": "req_200", "x-extra": "Yes" }),
      idempotencyKey: sent,
    });
    expect(Object.keys(source)).toEqual(["id", "object"]);
    expect(JSON.stringify(source)).toBe('{"id":"src_1","object":"source"}');
    expect(Object.getOwnPropertyDescriptor(source, "lastResponse")?.enumerable).toBe(false);
  });

  it("uses a new idempotency key per call and the caller's when given", async () => {
    const { sources } = createTestClient(server);
    await sources.create({ type: "card" });
    await sources.create({ type: "card" });
    await sources.create({ type: "card" }, { idempotencyKey: "order-6735" });
    const keys = server.received.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toMatch(UUID);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("order-6735");
  });

  it("sends no body and no Content-Type when there are no params", async () => {
    const { sources } = createTestClient(server);
    await sources.create();
    const got = only();
    expect(got.body).toBe("");
    expect(got.headers["content-type"]).toBeUndefined();
  });

  it("appends the caller's User-Agent, merges custom headers, never lets them replace the key", async () => {
    const { sources } = createTestClient(server, { userAgent: "my-app/2.0" });
    await sources.create(
      { type: "card" },
      { headers: { "X-Trace": "t1", Authorization: "Bearer sk_other" } },
    );
    const got = only();
    expect(got.headers["user-agent"]).toBe("stripe-sources-client/1.0.0 my-app/2.0");
    expect(got.headers["x-trace"]).toBe("t1");
    expect(got.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});

describe("retrieve source: GET /v1/sources/{source}", () => {
  it("sends keys the spec does not list in the query, like a body's keys in the body", async () => {
    const { sources } = createTestClient(server);
    await sources.retrieve("src_123", {
      client_secret: "cs",
      unlisted: { nested: true },
    } as never);
    expect(only().query).toBe("client_secret=cs&unlisted[nested]=true");
  });

  it("sends the query string and option headers, no body", async () => {
    const { sources } = createTestClient(server, {
      apiVersion: "2024-06-20",
      stripeAccount: "acct_client",
    });
    await sources.retrieve(
      "src_123",
      { client_secret: "src_client_secret_abc", expand: ["owner"] },
      { stripeAccount: "acct_request" },
    );
    const got = only();
    expect(got.method).toBe("GET");
    expect(got.path).toBe("/v1/sources/src_123");
    expect(got.query).toBe("client_secret=src_client_secret_abc&expand[0]=owner");
    expect(got.body).toBe("");
    expectCommonHeaders(got);
    expect(got.headers["content-type"]).toBeUndefined();
    expect(got.headers["idempotency-key"]).toBeUndefined();
    expect(got.headers["stripe-version"]).toBe("2024-06-20");
    expect(got.headers["stripe-account"]).toBe("acct_request");
  });

  it("omits the `?` when the query is empty", async () => {
    const { sources } = createTestClient(server);
    await sources.retrieve("src_123");
    expect(only().url).toBe("/v1/sources/src_123");
  });
});

describe("update source: POST /v1/sources/{source}", () => {
  it("sends empty values for '' and null, omits undefined", async () => {
    const { sources } = createTestClient(server, { apiVersion: "2024-06-20" });
    await sources.update(
      "src_123",
      { metadata: { order_id: "", note: null, gone: undefined }, owner: { email: "j@x.io" } },
      { apiVersion: "2025-01-27.acacia" },
    );
    const got = only();
    expect(got.method).toBe("POST");
    expect(got.path).toBe("/v1/sources/src_123");
    expect(got.query).toBeNull();
    expect(got.body).toBe("metadata[order_id]=&metadata[note]=&owner[email]=j%40x.io");
    expectCommonHeaders(got);
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["idempotency-key"]).toMatch(UUID);
    expect(got.headers["stripe-version"]).toBe("2025-01-27.acacia");
  });
});

describe("attach source: POST /v1/customers/{customer}/sources", () => {
  it("sends the body and the caller's idempotency key and account", async () => {
    const { customers } = createTestClient(server);
    const when = new Date("2024-01-02T03:04:05.678Z");
    await customers.createSource(
      "cus_123",
      { source: "src_123", metadata: { verified: true, attempts: 0, at: when } },
      { idempotencyKey: "attach-1", stripeAccount: "acct_1" },
    );
    const got = only();
    expect(got.method).toBe("POST");
    expect(got.path).toBe("/v1/customers/cus_123/sources");
    // Issue 9: metadata values are strings in the spec (no `format: unix-time`), so a Date is ISO 8601.
    expect(got.body).toBe(
      "source=src_123&metadata[verified]=true&metadata[attempts]=0&metadata[at]=2024-01-02T03%3A04%3A05.678Z",
    );
    expectCommonHeaders(got);
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["idempotency-key"]).toBe("attach-1");
    expect(got.headers["stripe-account"]).toBe("acct_1");
  });
});

describe("detach source: DELETE /v1/customers/{customer}/sources/{id}", () => {
  it("sends no body without params", async () => {
    const { customers } = createTestClient(server);
    server.reply(json(200, { id: "src_123", object: "source", status: "consumed" }));
    const detached = await customers.deleteSource("cus_123", "src_123");
    const got = only();
    expect(got.method).toBe("DELETE");
    expect(got.path).toBe("/v1/customers/cus_123/sources/src_123");
    expect(got.query).toBeNull();
    expect(got.body).toBe("");
    expectCommonHeaders(got);
    expect(got.headers["content-type"]).toBeUndefined();
    expect(got.headers["idempotency-key"]).toBeUndefined();
    expect(detached.status).toBe("consumed");
  });

  it("sends a form body when given params", async () => {
    const { customers } = createTestClient(server);
    await customers.deleteSource("cus_123", "src_123", { expand: ["customer"] });
    const got = only();
    expect(got.body).toBe("expand[0]=customer");
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });
});

describe("responses and fetch lookup", () => {
  it("resolves an empty (204) body to an empty result that still has lastResponse", async () => {
    const { customers } = createTestClient(server);
    server.reply((_req, res) => {
      res.writeHead(204, { "request-id": "req_204" });
      res.end();
    });
    const result = await customers.deleteSource("cus_1", "src_1");
    expect(result).toEqual({});
    expect(Object.keys(result as object)).toEqual([]);
    const meta = (result as { lastResponse: { status: number; requestId?: string } }).lastResponse;
    expect(meta.status).toBe(204);
    expect(meta.requestId).toBe("req_204");
  });

  it("looks globalThis.fetch up at call time", async () => {
    const { sources } = createTestClient(server);
    const real = globalThis.fetch;
    const spy = vi.fn((input: string | URL | Request, init?: RequestInit) => real(input, init));
    vi.stubGlobal("fetch", spy);
    await sources.retrieve("src_1");
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("uses a custom fetch when given", async () => {
    const calls: string[] = [];
    const { sources } = createTestClient(server, {
      fetch: (url, init) => {
        calls.push(`${init.method} ${url}`);
        return globalThis.fetch(url, init);
      },
    });
    await sources.retrieve("src_1", { client_secret: "cs" });
    expect(calls).toEqual([`GET ${server.url}/v1/sources/src_1?client_secret=cs`]);
  });
});
