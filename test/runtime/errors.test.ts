/** Error mapping from responses, error fields, API key validation and redaction. */
import util from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  CardError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  StripeError,
  Transport,
  STRIPE_API,
} from "./stripe-dialect.js";
import {
  API_KEY,
  createTestClient,
  failingValidator,
  json,
  ops,
  TestServer,
  type Responder,
} from "./support.js";

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

async function rejection(promise: Promise<unknown>): Promise<StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as StripeError;
  }
  throw new Error("expected a rejection");
}

function errorFor(responder: Responder): Promise<StripeError> {
  const { sources } = createTestClient(server, { maxRetries: 0 });
  server.reply(responder);
  return rejection(sources.create({ type: "card" }));
}

describe("error mapping", () => {
  const cases: [string, number, new (...args: never[]) => StripeError][] = [
    ["card_error", 402, CardError],
    ["invalid_request_error", 400, InvalidRequestError],
    ["api_error", 500, APIError],
    ["idempotency_error", 400, IdempotencyError],
    ["authentication_error", 401, AuthenticationError],
    ["permission_error", 403, PermissionError],
    ["rate_limit_error", 429, RateLimitError],
  ];

  for (const [type, status, Class] of cases) {
    it(`maps ${type} (${status}) to ${Class.name} with every field`, async () => {
      const body = {
        error: {
          type,
          message: `A ${type} happened.`,
          code: "some_code",
          param: "owner[email]",
          decline_code: "insufficient_funds",
          doc_url: "https://stripe.com/docs/error-codes/some-code",
        },
      };
      const error = await errorFor(json(status, body, { "Request-Id": "req_abc" }));
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(StripeError);
      expect(error).toBeInstanceOf(Error);
      expect(error.constructor).toBe(Class);
      expect(error.name).toBe(Class.name);
      expect(String(error)).toBe(`${Class.name}: A ${type} happened.`);
      expect(error.message).toBe(`A ${type} happened.`);
      expect(error.status).toBe(status);
      expect(error.type).toBe(type);
      expect(error.code).toBe("some_code");
      expect(error.param).toBe("owner[email]");
      expect(error.declineCode).toBe("insufficient_funds");
      expect(error.docUrl).toBe("https://stripe.com/docs/error-codes/some-code");
      expect(error.requestId).toBe("req_abc");
      expect(error.raw).toEqual(body);
      expect(error.headers).toMatchObject({
        "request-id": "req_abc",
        "content-type": "application/json",
      });
      expect(error.stack).toContain(`${Class.name}: A ${type} happened.`);
    });
  }

  it("maps by status when there is no type, else to the base class", async () => {
    const byStatus: [number, Function][] = [
      [400, InvalidRequestError],
      [401, AuthenticationError],
      [402, CardError],
      [403, PermissionError],
      [404, InvalidRequestError],
      [429, RateLimitError],
      [500, APIError],
      [503, APIError],
      [418, StripeError],
    ];
    for (const [status, Class] of byStatus) {
      const error = await errorFor(json(status, { error: { message: "x" } }));
      expect(error.constructor, String(status)).toBe(Class);
      expect(error.type).toBeUndefined();
    }
  });

  it("lets 401/403/429 decide over error.type (as stripe-node) and ignores unknown types", async () => {
    expect(
      (await errorFor(json(401, { error: { type: "invalid_request_error" } }))).constructor,
    ).toBe(AuthenticationError);
    const unknown = await errorFor(json(400, { error: { type: "brand_new_error" } }));
    expect(unknown.constructor).toBe(InvalidRequestError);
    expect(unknown.type).toBe("brand_new_error");
    expect((await errorFor(json(418, { error: { type: "brand_new_error" } }))).constructor).toBe(
      StripeError,
    );
  });

  it("keeps a non-JSON error body as text", async () => {
    const error = await errorFor((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad gateway</h1>");
    });
    expect(error).toBeInstanceOf(APIError);
    expect(error.raw).toBe("<h1>Bad gateway</h1>");
    expect(error.message).toBe("Request failed with status 502");
  });

  it("reads the OAuth error shape", async () => {
    const error = await errorFor(
      json(400, { error: "invalid_grant", error_description: "Authorization code expired" }),
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.type).toBe("invalid_grant");
    expect(error.message).toBe("Authorization code expired");
  });

  it("rejects a 2xx body that is not JSON with APIError", async () => {
    const error = await errorFor((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "request-id": "req_t" });
      res.end("not json");
    });
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toBe("Invalid JSON received from the API");
    expect(error.raw).toBe("not json");
    expect(error.requestId).toBe("req_t");
  });

  it("JSON.stringify gives name, message and fields", async () => {
    const error = await errorFor(json(402, { error: { type: "card_error", message: "Declined" } }));
    const parsed = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      name: "CardError",
      message: "Declined",
      status: 402,
      type: "card_error",
    });
  });
});

describe("API key validation", () => {
  const bad: unknown[] = [
    "sk_test_123\n",
    "sk test",
    "",
    " sk_test_123",
    "sk_test_\t123",
    "sk_test_\u0000x",
    "sk_test_\u00e9",
    "sk_test_\u2028",
    undefined,
    123,
  ];
  for (const key of bad) {
    it(`rejects ${JSON.stringify(key)} without echoing it`, () => {
      let thrown: unknown;
      try {
        new Transport({ apiKey: key as string } as object, {
          defaultBaseUrl: "https://api.stripe.com",
          api: STRIPE_API,
        });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      const text = `${String(thrown)} ${util.inspect(thrown, { depth: 10 })}`;
      expect(text).toContain("Invalid apiKey");
      if (typeof key === "string" && key.trim() !== "") {
        expect(text).not.toContain(key);
        expect(text).not.toContain(key.trim());
      }
    });
  }

  it("rejects a bad key from the generated createClient shape too", () => {
    expect(() => createTestClient(server, { apiKey: "sk_test_123\n" })).toThrow(TypeError);
    expect(server.received).toHaveLength(0);
  });
});

describe("secret key redaction", () => {
  function expectNoKey(value: unknown, key = API_KEY): void {
    const views = [
      String(value),
      value instanceof Error ? value.message : "",
      value instanceof Error ? (value.stack ?? "") : "",
      JSON.stringify(value) ?? "",
      util.inspect(value, { depth: 10 }),
      util.inspect(value, { depth: 10, showHidden: true }),
    ];
    for (const view of views) expect(view).not.toContain(key);
  }

  const echo: Responder = (req, res) => {
    const auth = req.headers.authorization ?? "";
    const key = auth.replace(/^Bearer /, "");
    res.writeHead(401, {
      "content-type": "application/json",
      "request-id": `req_${key}`,
      "x-echo-authorization": auth,
      "www-authenticate": `Bearer realm="${key}"`,
    });
    res.end(
      JSON.stringify({
        error: {
          type: "authentication_error",
          message: `Invalid API Key provided: ${key} (header was "${auth}")`,
          param: key,
          echoed: { [key]: [auth, { deeper: `...${key}...` }] },
        },
      }),
    );
  };

  it("keeps the key out of an error built from a response that echoes it", async () => {
    const { sources, transport } = createTestClient(server, { maxRetries: 0 });
    server.reply(echo);
    const error = await rejection(sources.create({ type: "card" }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe(
      'Invalid API Key provided: [REDACTED] (header was "Bearer [REDACTED]")',
    );
    expect(error.param).toBe("[REDACTED]");
    expect(error.requestId).toBe("req_[REDACTED]");
    expect(error.headers?.["x-echo-authorization"]).toBe("Bearer [REDACTED]");
    expect(JSON.stringify(error.raw)).toContain('"[REDACTED]":["Bearer [REDACTED]"');
    expectNoKey(error);
    expectNoKey(transport);
  });

  it("keeps the key out of util.inspect / console.log of the client and transport", async () => {
    const client = createTestClient(server);
    await client.sources.create({ type: "card" });
    const shown = util.inspect(client, { depth: 10, showHidden: true });
    expect(shown).toContain("Transport");
    expectNoKey(client);
    expectNoKey(client.transport);
    expect(Object.keys(client.transport)).toEqual([]);
  });

  it("redacts URL- and JSON-escaped echoes of a key with special characters", async () => {
    const key = 'sk_test_a+b/c="d\\e';
    const { sources } = createTestClient(server, { apiKey: key, maxRetries: 0 });
    server.reply((_req, res) => {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(`raw=${key} url=${encodeURIComponent(key)} json=${JSON.stringify(key)}`);
    });
    const error = await rejection(sources.create({ type: "card" }));
    expect(error.raw).toBe('raw=[REDACTED] url=[REDACTED] json="[REDACTED]"');
    expectNoKey(error, key);
    expectNoKey(error, encodeURIComponent(key));
  });

  it("keeps the key out of a 2xx non-JSON body kept on the error", async () => {
    const { sources } = createTestClient(server, { maxRetries: 0 });
    server.reply((req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(`you sent ${req.headers.authorization}`);
    });
    const error = await rejection(sources.create({ type: "card" }));
    expect(error.raw).toBe("you sent Bearer [REDACTED]");
    expectNoKey(error);
  });

  it("keeps the key out of connection errors and their causes", async () => {
    const { sources } = createTestClient(server, {
      maxRetries: 0,
      fetch: async (_url, init) => {
        const auth = new Headers(init.headers).get("authorization");
        throw new TypeError(`fetch failed for ${auth}`, {
          cause: Object.assign(new Error(`socket hang up (${API_KEY})`), { code: "ECONNRESET" }),
        });
      },
    });
    const error = await rejection(sources.create({ type: "card" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(
      "Connection error: fetch failed for Bearer [REDACTED]: socket hang up ([REDACTED])",
    );
    const cause = error.cause as Error & { cause: Error & { code: string } };
    expect(cause.name).toBe("TypeError");
    expect(cause.cause.message).toBe("socket hang up ([REDACTED])");
    expect(cause.cause.code).toBe("ECONNRESET");
    expectNoKey(error);
  });

  it("keeps the key out of a response validation error", async () => {
    const validator = failingValidator([
      { instancePath: "/owner/name", keyword: "type", message: "must be null" },
    ]);
    const op = { ...ops.CreateSource, validateResponse: { "200": validator } };
    const { transport } = createTestClient(server, { validateResponses: true });
    server.reply((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "src_1", owner: { name: req.headers.authorization } }));
    });
    const error = await rejection(transport.request(op, [], { type: "card" }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.raw).toEqual({ id: "src_1", owner: { name: "Bearer [REDACTED]" } });
    expectNoKey(error);
  });
});
