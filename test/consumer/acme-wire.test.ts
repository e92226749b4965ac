/**
 * A non-Stripe package on the wire: the client generated from test/fixtures/specs/acme-payments.yaml
 * (committed as the golden test/golden/acme-payments) against a loopback server, asserting the
 * exact requests. Every credential scheme, every parameter style, the runtime's default retry
 * policy (a POST without an idempotency header is not retried), neutral error classes reading
 * RFC 9457 problems, the request id from `X-Request-Id`, and no credential in any error.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RequestValidationError,
  UnprocessableEntityError,
  createClient,
  type ClientOptions,
  type GetPaymentError,
} from "../golden/acme-payments/index.js";
import { RecordingServer, type Received, type Responder } from "./support.js";

const KEY = "acme_live_0123456789SECRETkey";
const PASSWORD = "hunter2-Admin!";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
  return (_got, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
}

function problem(status: number, title: string, detail: string): Responder {
  return (_got, res) => {
    res.writeHead(status, {
      "content-type": "application/problem+json",
      "x-request-id": `rid_${status}`,
    });
    res.end(
      JSON.stringify({ type: `https://acme.test/problems/${status}`, title, status, detail }),
    );
  };
}

let server: RecordingServer;
beforeAll(async () => {
  server = await RecordingServer.start(reply(200, { id: "pay_1" }));
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: server.url, tenantId: "t_1", apiKeyAuth: KEY, ...options });
}

function only(): Received {
  expect(server.received).toHaveLength(1);
  return server.received[0]!;
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error("expected a rejection");
}

describe("credentials: each scheme as the spec declares it", () => {
  it("apiKey in a header (X-API-Key), the root requirement; no Authorization", async () => {
    await client().payments.get("pay_1");
    const got = only();
    expect(got.headers["x-api-key"]).toBe(KEY);
    expect(got.headers.authorization).toBeUndefined();
  });

  it("HTTP Basic on the one operation that requires it", async () => {
    const c = client({ basicAuth: { username: "admin", password: PASSWORD } });
    await c.reports.get(["2024-01", "2024-02"]);
    const got = only();
    const token = Buffer.from(`admin:${PASSWORD}`).toString("base64");
    expect(got.headers.authorization).toBe(`Basic ${token}`);
    expect(got.headers["x-api-key"]).toBeUndefined();
  });

  it("security: [] sends no credential at all", async () => {
    await client().account.getHealth();
    const got = only();
    expect(got.headers["x-api-key"]).toBeUndefined();
    expect(got.headers.authorization).toBeUndefined();
  });

  it("apiKey in the query, apiKey in a cookie, oauth2 and openIdConnect as Bearer", async () => {
    const c = client({ queryKey: "qk_1", sessionCookie: "sess_1", oauth: "at_1", oidc: "id_1" });
    await c.payments.search({ ids: ["a"] });
    await c.account.getMe();
    await c.reports.getRegion({ lat: 1, lng: 2 });
    const [search, me, region] = server.received;
    expect(search!.query).toBe("ids=a&api_key=qk_1");
    expect(me!.headers.cookie).toBe("acme_session=sess_1");
    expect(me!.headers.authorization).toBeUndefined(); // the first satisfied alternative only
    expect(region!.headers.authorization).toBe("Bearer at_1");
  });

  it("takes the next alternative when the first lacks a credential (openIdConnect)", async () => {
    await client({ oidc: "id_2" }).account.getMe();
    expect(only().headers.authorization).toBe("Bearer id_2");
  });

  it("a per-request credential overrides the client's", async () => {
    await client().payments.get("pay_1", {}, { apiKeyAuth: "acme_other_key" });
    expect(only().headers["x-api-key"]).toBe("acme_other_key");
  });

  it("fails before sending, naming the option, when an operation's credential is missing", async () => {
    const error = await rejection(client().reports.get(["2024"]));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      "GET /reports/{period} needs credentials: set `basicAuth` (a client or request option)",
    );
    const both = await rejection(client().account.getMe());
    expect(both.message).toContain("set `sessionCookie`, or `oidc`");
    expect(server.received).toHaveLength(0);
  });

  it("a required x-client-option header is sent, and enforced", async () => {
    await client({ tenantId: "t_9" }).payments.list();
    expect(only().headers["x-tenant"]).toBe("t_9");
    const noTenant = createClient({ baseUrl: server.url, apiKeyAuth: KEY } as ClientOptions);
    const error = await rejection(noTenant.payments.list());
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      "GET /payments needs the `tenantId` option (sent as the X-Tenant header)",
    );
  });

  it("rejects an unusable credential without echoing it", () => {
    const bad = "acme_SECRET_part\nrest";
    let thrown: unknown;
    try {
      client({ apiKeyAuth: bad });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(String(thrown)).toContain("Invalid apiKeyAuth");
    expect(inspect(thrown)).not.toContain("SECRET");
  });
});

describe("parameter styles", () => {
  it("query: form exploded, form not exploded, deepObject, unix-time and ISO dates; header and cookie", async () => {
    const since = new Date("2024-05-01T00:00:00Z");
    await client().payments.list({
      status: ["pending", "failed"],
      currency: ["eur", "usd"],
      created: { gte: "2024-01-01T00:00:00Z", lt: new Date("2024-02-01T00:00:00Z") as never },
      since: since as never,
      limit: 10,
      "X-Trace": ["a", "b"],
      locale: "de-CH",
    });
    const got = only();
    expect(got.query).toBe(
      "status=pending&status=failed&currency=eur,usd" +
        "&created[gte]=2024-01-01T00%3A00%3A00Z&created[lt]=2024-02-01T00%3A00%3A00.000Z" +
        `&since=${since.getTime() / 1000}&limit=10`,
    );
    expect(got.headers["x-trace"]).toBe("a,b");
    expect(got.headers.cookie).toBe("locale=de-CH");
  });

  it("query: spaceDelimited, pipeDelimited and a non-exploded object", async () => {
    await client({ queryKey: "qk" }).payments.search({
      ids: ["p 1", "p2"],
      tags: ["x", "y|z"],
      amount: { min: 10, max: 20 },
    });
    // A delimiter inside a value is percent-encoded like the delimiter itself (OpenAPI 3.1.1).
    expect(only().query).toBe("ids=p%201%20p2&tags=x%7Cy%7Cz&amount=min,10,max,20&api_key=qk");
  });

  it("path: simple (escaped), label and matrix (exploded object)", async () => {
    const c = client({ basicAuth: { username: "admin" }, oauth: "at" });
    await c.payments.get("pay/1 ?");
    await c.reports.get(["2024-01", "2024-02"]);
    await c.reports.getRegion({ lat: 47.4, lng: 8.5 });
    expect(server.received.map((r) => r.path)).toEqual([
      "/payments/pay%2F1%20%3F",
      "/reports/.2024-01,2024-02",
      "/regions/;lat=47.4;lng=8.5",
    ]);
  });

  it("a form body follows the media type's encoding; unix-time only where declared", async () => {
    const at = new Date("2024-03-01T12:00:00Z");
    await client().payments.createRefund({
      payment: "pay_1",
      amount: 500,
      reasons: ["damaged", "late"],
      notify: ["email", "sms"],
      metadata: { order: "o_1" },
      requested_at: at as never,
    });
    const got = only();
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.body).toBe(
      "payment=pay_1&amount=500&reasons=damaged&reasons=late&notify=email,sms" +
        `&metadata[order]=o_1&requested_at=${at.getTime() / 1000}`,
    );
  });
});

describe("JSON bodies, retries and idempotency", () => {
  // `id` and `created_at` are readOnly: the create call neither needs nor accepts them.
  const payment = { amount: 1200, currency: "eur" };

  it("sends a JSON body with its media type", async () => {
    const stored = { ...payment, id: "pay_9", created_at: "2024-01-01T00:00:00Z" };
    server.reply(reply(201, stored, { "x-request-id": "rid_9" }));
    const created = await client().payments.create(payment);
    const got = only();
    expect(got.method).toBe("POST");
    expect(got.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(got.body)).toEqual(payment);
    expect(got.headers["idempotency-key"]).toBeUndefined();
    expect(created.lastResponse.requestId).toBe("rid_9");
  });

  it("readOnly id/created_at are not required, and one sent anyway is caught before sending", async () => {
    // @ts-expect-error `id` is readOnly: not a create parameter
    const error = await rejection(client().payments.create({ ...payment, id: "pay_x" }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain("`id`");
    expect(server.received).toHaveLength(0);
  });

  it("does NOT retry a POST without an idempotency header that meets a 503", async () => {
    server.reply(problem(503, "Unavailable", "Try again later."));
    const error = await rejection(client({ maxRetries: 3 }).payments.create(payment));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
  });

  it("retries a POST with an idempotency header, reusing one fresh key", async () => {
    server.reply(problem(503, "Unavailable", "Try again later."));
    const c = createClient({
      baseUrl: server.url,
      tenantId: "t",
      apiKeyAuth: KEY,
      maxRetries: 1,
    });
    const captured = await c.payments.capture("pay_1");
    const keys = server.received.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(captured.lastResponse.idempotencyKey).toBe(keys[0]);
  }, 10_000);

  it("an operation's own x-retries replaces the statuses: 502 is retried there, 503 not", async () => {
    server.reply(problem(503, "Unavailable", "Later."));
    const error = await rejection(client().payments.get("pay_1"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.received).toHaveLength(1);
    server.reset();
    server.reply(problem(502, "Bad gateway", "Again."));
    await client().payments.get("pay_1");
    expect(server.received).toHaveLength(2);
  }, 10_000);

  it("an idempotencyKey on an operation without the header is an error, never dropped", async () => {
    const c = client();
    // @ts-expect-error TS2353 getPayment declares no idempotency header
    const call = c.payments.get("pay_1", {}, { idempotencyKey: "k1" });
    const error = await rejection(call);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toBe(
      "GET /payments/{paymentId} takes no idempotencyKey: the spec declares no idempotency header for it",
    );
    expect(server.received).toHaveLength(0);
  });
});

describe("errors: neutral classes, RFC 9457 problems, X-Request-Id", () => {
  const cases: [number, Function][] = [
    [400, BadRequestError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
  ];
  for (const [status, Class] of cases) {
    it(`${status} → ${Class.name} with the problem's title and detail`, async () => {
      server.reply(problem(status, `Title ${status}`, `Detail ${status}`));
      const error = await rejection(client({ maxRetries: 0 }).payments.get("pay_1"));
      expect(error.constructor).toBe(Class);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.name).toBe(Class.name);
      expect(error.message).toBe(`Detail ${status}`);
      expect(error.title).toBe(`Title ${status}`);
      expect(error.detail).toBe(`Detail ${status}`);
      expect(error.type).toBe(`https://acme.test/problems/${status}`);
      expect(error.status).toBe(status);
      expect(error.requestId).toBe(`rid_${status}`);
      expect(error.body).toMatchObject({ title: `Title ${status}` });
      const typed = error as GetPaymentError; // body: the documented problem+json schema
      const title: string | undefined = typed.body.title;
      expect(title).toBe(`Title ${status}`);
    });
  }

  it("no credential of any scheme in an error that echoes them all", async () => {
    server.reply((got, res) => {
      res.writeHead(401, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ title: "Nope", detail: `${got.headers.authorization} ${KEY}` }));
    });
    const c = client({ basicAuth: { username: "admin", password: PASSWORD } });
    const error = await rejection(c.reports.get(["2024"]));
    const token = Buffer.from(`admin:${PASSWORD}`).toString("base64");
    for (const view of [String(error), JSON.stringify(error), inspect(error, { depth: 9 })]) {
      expect(view).not.toContain(KEY);
      expect(view).not.toContain(token);
    }
    expect(error.detail).toBe("Basic [REDACTED] [REDACTED]");
    expect(inspect(c, { depth: 9, showHidden: true })).not.toContain(PASSWORD);
  });
});

describe("a package generated from a non-Stripe spec", () => {
  it("names no Stripe in its runtime, types or client (grep -ri stripe)", async () => {
    const dir = fileURLToPath(new URL("../golden/acme-payments/", import.meta.url));
    const runtime = (await readdir(path.join(dir, "runtime"))).map((f) => `runtime/${f}`);
    for (const file of [...runtime, "types.d.ts", "client.js", "client.d.ts", "index.d.ts"]) {
      const text = await readFile(path.join(dir, file), "utf8");
      expect(text.match(/stripe/i)?.[0], file).toBeUndefined();
    }
    expect(runtime.length).toBeGreaterThan(20);
  });
});
