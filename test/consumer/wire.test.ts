/**
 * The generated client on the wire, against a loopback server: retries keep one Idempotency-Key,
 * Stripe-Should-Retry is obeyed, timeouts and aborts, the API key never appears in an error, path
 * ids are escaped, and API errors map to the error classes.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIError,
  AbortError,
  AuthenticationError,
  CardError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  StripeError,
  TimeoutError,
  createClient,
  type ClientOptions,
} from "../../generated/index.js";
import {
  API_KEY,
  RecordingServer,
  errorExample,
  hang,
  json,
  successExamples,
  type Responder,
} from "./support.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let server: RecordingServer;
beforeAll(async () => {
  server = await RecordingServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.fallback(json(200, successExamples().CreateSource));
});

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ apiKey: API_KEY, baseUrl: server.url, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

const apiError = (status: number, type: string, headers: Record<string, string> = {}) =>
  json(status, { error: { type, message: `${type} (${status})` } }, headers);

describe("retries", () => {
  it("sends one Idempotency-Key for every attempt of a call (500, then 200)", async () => {
    server.reply(apiError(500, "api_error"));
    const params = { type: "ach_credit_transfer", currency: "usd" };
    const result = await client({ maxRetries: 1 }).sources.create(params);
    expect(result.id).toBe(successExamples().CreateSource.id);
    expect(server.received).toHaveLength(2);
    const [first, second] = server.received;
    expect(first!.headers["idempotency-key"]).toMatch(UUID);
    expect(second!.headers["idempotency-key"]).toBe(first!.headers["idempotency-key"]);
    expect(second!.body).toBe(first!.body);
    expect(second!.body).toBe("type=ach_credit_transfer&currency=usd");
    expect(result.lastResponse.idempotencyKey).toBe(first!.headers["idempotency-key"]);
    expect(result.lastResponse.status).toBe(200);
  });

  it("keeps the caller's Idempotency-Key across retries; the next call gets its own", async () => {
    server.reply(apiError(503, "api_error"));
    const c = client({ maxRetries: 1 });
    await c.sources.update("src_1", { metadata: { a: "b" } }, { idempotencyKey: "upd-1" });
    await c.sources.update("src_1", { metadata: { a: "b" } });
    const keys = server.received.map((r) => r.headers["idempotency-key"]);
    expect(keys.slice(0, 2)).toEqual(["upd-1", "upd-1"]);
    expect(keys[2]).toMatch(UUID);
  });

  it("stops at once on Stripe-Should-Retry: false", async () => {
    server.reply(apiError(500, "api_error", { "stripe-should-retry": "false" }));
    const err = await rejection(client({ maxRetries: 2 }).sources.create({ type: "card" }));
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).status).toBe(500);
    expect(server.received).toHaveLength(1);
  });

  it("retries a 400 marked Stripe-Should-Retry: true", async () => {
    server.reply(apiError(400, "invalid_request_error", { "stripe-should-retry": "true" }));
    const result = await client({ maxRetries: 1 }).sources.retrieve("src_1");
    expect(result.lastResponse.status).toBe(200);
    expect(server.received).toHaveLength(2);
  });

  it("does not retry a card error or a 429 without the header", async () => {
    server.reply(apiError(402, "card_error"), apiError(429, "rate_limit_error"));
    const c = client({ maxRetries: 2 });
    expect(await rejection(c.sources.create({ type: "card" }))).toBeInstanceOf(CardError);
    expect(await rejection(c.sources.create({ type: "card" }))).toBeInstanceOf(RateLimitError);
    expect(server.received).toHaveLength(2);
  });
});

describe("timeouts and aborts", () => {
  it("rejects with TimeoutError when the server never answers", async () => {
    server.fallback(hang);
    const err = await rejection(
      client({ timeoutMs: 100, maxRetries: 0 }).sources.retrieve("src_1"),
    );
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err).toBeInstanceOf(StripeError);
    expect((err as Error).name).toBe("TimeoutError");
    expect((err as Error).message).toBe("Request timed out after 100ms");
    expect(server.received).toHaveLength(1);
  });

  it("retries a timeout with the same Idempotency-Key and says so", async () => {
    server.fallback(hang);
    const err = await rejection(
      client({ maxRetries: 1 }).sources.create({ type: "card" }, { timeoutMs: 100 }),
    );
    expect(err).toBeInstanceOf(TimeoutError);
    expect((err as Error).message).toBe("Request timed out after 100ms (retried 1 time)");
    expect(server.received).toHaveLength(2);
    const keys = server.received.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
  });

  it("rejects with AbortError when the signal fires during the request", async () => {
    server.fallback(hang);
    const controller = new AbortController();
    const pending = rejection(
      client({ maxRetries: 2 }).sources.retrieve("src_1", {}, { signal: controller.signal }),
    );
    await server.waitFor(1);
    const reason = new Error("user navigated away");
    controller.abort(reason);
    const err = await pending;
    expect(err).toBeInstanceOf(AbortError);
    expect(err).not.toBeInstanceOf(ConnectionError);
    expect((err as Error).name).toBe("AbortError");
    expect((err as Error).cause).toBe(reason);
    expect(server.received).toHaveLength(1);
  });

  it("rejects with AbortError when the signal fires during the retry wait", async () => {
    server.reply(apiError(500, "api_error"));
    const controller = new AbortController();
    const pending = rejection(
      client({ maxRetries: 2 }).sources.create({ type: "card" }, { signal: controller.signal }),
    );
    await server.waitFor(1);
    // The first backoff is >= 500 ms: the abort lands while reading the 500 or during the wait.
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toBeInstanceOf(AbortError);
    expect(server.received).toHaveLength(1);
  });

  it("sends nothing when the signal has already fired", async () => {
    const err = await rejection(
      client().sources.retrieve("src_1", {}, { signal: AbortSignal.abort() }),
    );
    expect(err).toBeInstanceOf(AbortError);
    expect(server.received).toHaveLength(0);
  });
});

describe("the API key never appears in an error", () => {
  /** Echoes the Authorization header everywhere it can: body fields, headers, plain text. */
  const echo =
    (status: number, type: string): Responder =>
    (got, res) => {
      const auth = String(got.headers.authorization);
      res.writeHead(status, {
        "content-type": "application/json",
        "request-id": "req_echo",
        "x-echo-authorization": auth,
      });
      res.end(
        JSON.stringify({
          error: {
            type,
            message: `Invalid API Key provided: ${auth}`,
            param: auth,
            code: API_KEY,
            doc_url: `https://stripe.com/docs?key=${encodeURIComponent(API_KEY)}`,
            [API_KEY]: { nested: [auth] },
          },
        }),
      );
    };
  const echoText =
    (status: number): Responder =>
    (got, res) => {
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(`upstream said: Authorization: ${String(got.headers.authorization)}`);
    };

  function expectNoKey(value: unknown): void {
    const views = [
      String(value),
      JSON.stringify(value),
      inspect(value, { depth: 10, showHidden: true }),
      value instanceof Error ? String(value.stack) : "",
    ];
    for (const view of views) {
      expect(view).not.toContain(API_KEY);
      expect(view).not.toContain(API_KEY.slice("sk_test_".length));
    }
  }

  const cases: [string, Responder, Partial<ClientOptions>, new (...a: never[]) => Error][] = [
    ["401 JSON body", echo(401, "authentication_error"), {}, AuthenticationError],
    ["402 card error", echo(402, "card_error"), {}, CardError],
    ["500 JSON body", echo(500, "api_error"), { maxRetries: 0 }, APIError],
    ["500 text body", echoText(500), { maxRetries: 0 }, APIError],
    ["200 that is not JSON", echoText(200), {}, APIError],
  ];

  it.each(cases)("%s", async (_name, responder, options, Class) => {
    server.reply(responder);
    const err = await rejection(client(options).sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(Class);
    expect(JSON.stringify(err)).toContain("[REDACTED]");
    expectNoKey(err);
  });

  it("a response that fails validation and echoes the key", async () => {
    server.reply((got, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-echo": API_KEY });
      const body = { ...successExamples().RetrieveSource, status: API_KEY };
      res.end(JSON.stringify({ ...body, statement_descriptor: got.headers.authorization }));
    });
    const err = await rejection(client({ validateResponses: true }).sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expectNoKey(err);
  });

  it("a timeout and a connection failure", async () => {
    server.reply(hang, (_got, res) => res.socket?.destroy());
    const c = client({ maxRetries: 0, timeoutMs: 100 });
    const timeout = await rejection(c.sources.retrieve("src_1"));
    expect(timeout).toBeInstanceOf(TimeoutError);
    expectNoKey(timeout);
    const reset = await rejection(client({ maxRetries: 0 }).sources.retrieve("src_1"));
    expect(reset).toBeInstanceOf(ConnectionError);
    expectNoKey(reset);
  });

  it("nor in the client, nor in a result's lastResponse (the body is the API's, as sent)", async () => {
    server.reply(echo(200, "none"));
    const c = client();
    const result = await c.sources.retrieve("src_1");
    expectNoKey(c);
    expectNoKey(result.lastResponse);
    expect(result.lastResponse.headers["x-echo-authorization"]).toBe("Bearer [REDACTED]");
  });
});

describe("path ids are escaped into one segment", () => {
  it('retrieve("../x?y=1") → /v1/sources/..%2Fx%3Fy%3D1', async () => {
    await client().sources.retrieve("../x?y=1");
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.path).toBe("/v1/sources/..%2Fx%3Fy%3D1");
    expect(server.received[0]!.query).toBeNull();
  });

  const ids: [string, string][] = [
    ["src 1", "src%201"],
    ["a/b#c", "a%2Fb%23c"],
    ["%2E%2E", "%252E%252E"],
    ["...", "..."],
    ["é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80"],
    ["a&b=c+d", "a%26b%3Dc%2Bd"],
  ];
  it.each(ids)("%j → %s", async (id, escaped) => {
    await client().sources.update(id, { metadata: { k: "v" } });
    expect(server.received.map((r) => `${r.method} ${r.path} ${r.query}`)).toEqual([
      `POST /v1/sources/${escaped} null`,
    ]);
  });

  it("escapes both ids of detachSource", async () => {
    await client().customers.detachSource("cus/1", "src?2");
    expect(server.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /v1/customers/cus%2F1/sources/src%3F2",
    ]);
  });

  it("keeps the query separate from an id that looks like one", async () => {
    await client().sources.retrieve("src_1?client_secret=x", { client_secret: "s&t" });
    expect(server.received[0]!.path).toBe("/v1/sources/src_1%3Fclient_secret%3Dx");
    expect(server.received[0]!.query).toBe("client_secret=s%26t");
  });
});

describe("form bodies", () => {
  it('metadata "" unsets all keys, a key set to "" unsets that key', async () => {
    const c = client();
    await c.sources.update("src_1", { metadata: "" });
    await c.sources.update("src_1", { metadata: { order_id: "", note: "a=b&c" } });
    expect(server.received.map((r) => r.body)).toEqual([
      "metadata=",
      "metadata[order_id]=&metadata[note]=a%3Db%26c",
    ]);
  });

  it("an update without params is a POST without a body or Content-Type, with a key", async () => {
    const c = client();
    await c.sources.update("src_1");
    await c.sources.update("src_1", {});
    await c.sources.update("src_1", { owner: { name: undefined } });
    for (const got of server.received) {
      expect(got.method).toBe("POST");
      expect(got.body).toBe("");
      expect(got.headers["content-type"]).toBeUndefined();
      expect(got.headers["content-length"]).toBe("0");
      expect(got.headers["idempotency-key"]).toMatch(UUID);
    }
    expect(server.received).toHaveLength(3);
  });

  it("nested arrays and objects use indices and literal brackets", async () => {
    await client().sources.create({
      type: "klarna",
      source_order: {
        items: [
          { parent: "sku_1", quantity: 2 },
          { parent: "sku_2", quantity: 1 },
        ],
        shipping: { address: { line1: "Unter den Linden 1" }, name: "Jenny Rosen" },
      },
    });
    expect(server.received[0]!.body).toBe(
      "type=klarna" +
        "&source_order[items][0][parent]=sku_1&source_order[items][0][quantity]=2" +
        "&source_order[items][1][parent]=sku_2&source_order[items][1][quantity]=1" +
        "&source_order[shipping][address][line1]=Unter%20den%20Linden%201" +
        "&source_order[shipping][name]=Jenny%20Rosen",
    );
  });
});

describe("API errors map to classes", () => {
  it("card_error → CardError with code, declineCode, docUrl, param, requestId", async () => {
    const body = {
      error: {
        type: "card_error",
        code: "card_declined",
        decline_code: "insufficient_funds",
        doc_url: "https://stripe.com/docs/error-codes/card-declined",
        param: "source",
        message: "Your card has insufficient funds.",
        charge: "ch_1",
      },
    };
    server.reply(json(402, body, { "request-id": "req_card_1" }));
    const err = await rejection(client().customers.attachSource("cus_1", { source: "src_1" }));
    expect(err).toBeInstanceOf(CardError);
    expect(err).toBeInstanceOf(StripeError);
    expect(err).toBeInstanceOf(Error);
    const e = err as CardError;
    expect({
      name: e.name,
      message: e.message,
      status: e.status,
      type: e.type,
      code: e.code,
      declineCode: e.declineCode,
      docUrl: e.docUrl,
      param: e.param,
      requestId: e.requestId,
    }).toEqual({
      name: "CardError",
      message: "Your card has insufficient funds.",
      status: 402,
      type: "card_error",
      code: "card_declined",
      declineCode: "insufficient_funds",
      docUrl: "https://stripe.com/docs/error-codes/card-declined",
      param: "source",
      requestId: "req_card_1",
    });
    expect(e.raw).toEqual(body);
    expect(e.headers?.["request-id"]).toBe("req_card_1");
    expect(String(e)).toBe("CardError: Your card has insufficient funds.");
    expect(server.received).toHaveLength(1);
  });

  it("the spec's error example (404) → InvalidRequestError", async () => {
    const example = errorExample() as { error: Record<string, string> };
    server.reply(json(404, example, { "request-id": "req_404" }));
    const err = await rejection(client().sources.retrieve("src_123"));
    expect(err).toBeInstanceOf(InvalidRequestError);
    const e = err as InvalidRequestError;
    expect([e.status, e.code, e.param, e.docUrl, e.message, e.requestId]).toEqual([
      404,
      "resource_missing",
      "source",
      example.error.doc_url,
      example.error.message,
      "req_404",
    ]);
  });

  const table: [number, string, new (...a: never[]) => StripeError][] = [
    [400, "invalid_request_error", InvalidRequestError],
    [401, "authentication_error", AuthenticationError],
    [403, "permission_error", PermissionError],
    [409, "idempotency_error", IdempotencyError],
    [429, "rate_limit_error", RateLimitError],
    [500, "api_error", APIError],
  ];
  it.each(table)("%i %s", async (status, type, Class) => {
    server.reply(apiError(status, type, { "request-id": `req_${type}` }));
    const err = await rejection(client({ maxRetries: 0 }).sources.create({ type: "card" }));
    expect(err).toBeInstanceOf(Class);
    expect((err as Error).name).toBe(Class.name);
    expect((err as StripeError).type).toBe(type);
    expect((err as StripeError).status).toBe(status);
    expect((err as StripeError).requestId).toBe(`req_${type}`);
  });

  it("an error without a JSON body still maps by status", async () => {
    server.reply((_got, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not Found</h1>");
    });
    const err = await rejection(client().sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as StripeError).message).toBe("Request failed with status 404");
    expect((err as StripeError).raw).toBe("<h1>Not Found</h1>");
  });
});
