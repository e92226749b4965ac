/** Retries, backoff, Retry-After, timeouts and aborts, against a real HTTP server. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  APIError,
  ConnectionError,
  InvalidRequestError,
  RateLimitError,
  StripeError,
  TimeoutError,
  STRIPE_API,
} from "./stripe-dialect.js";
import { backoffDelay, parseRetryAfter, shouldRetry } from "../../templates/runtime/retry.js";
import { createTestClient, delayed, destroySocket, json, TestServer } from "./support.js";

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

const apiError = (status: number, headers: Record<string, string> = {}) =>
  json(status, { error: { type: "api_error", message: `boom ${status}` } }, headers);

async function rejection(promise: Promise<unknown>): Promise<StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as StripeError;
  }
  throw new Error("expected a rejection");
}

describe("retries", () => {
  it("retries a 500, then succeeds, with the same idempotency key", async () => {
    const { sources, delays } = createTestClient(server);
    server.reply(apiError(500));
    const source = await sources.create({ type: "card" });
    expect(source.id).toBe("src_123");
    expect(server.received).toHaveLength(2);
    const [a, b] = server.received.map((r) => r.headers["idempotency-key"]);
    expect(a).toBeTruthy();
    expect(b).toBe(a);
    expect(server.received[1]!.body).toBe(server.received[0]!.body);
    expect(delays).toEqual([500]);
  });

  it("retries a 409 conflict", async () => {
    const { sources } = createTestClient(server);
    server.reply(json(409, { error: { type: "invalid_request_error", message: "lock" } }));
    await sources.update("src_1", { metadata: { a: "b" } });
    expect(server.received).toHaveLength(2);
  });

  it("retries a connection error (socket destroyed) with the same idempotency key", async () => {
    const { sources } = createTestClient(server);
    server.reply(destroySocket);
    const source = await sources.create({ type: "card" });
    expect(source.id).toBe("src_123");
    expect(server.received).toHaveLength(2);
    expect(server.received[1]!.headers["idempotency-key"]).toBe(
      server.received[0]!.headers["idempotency-key"],
    );
  });

  it("gives up on connection errors after maxRetries with a ConnectionError", async () => {
    const { sources } = createTestClient(server, { maxRetries: 1 });
    server.reply(destroySocket, destroySocket);
    const error = await rejection(sources.create({ type: "card" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/^Connection error: .*\(retried 1 time\)$/);
    expect(server.received).toHaveLength(2);
  });

  it("retries a 400 marked Stripe-Should-Retry: true", async () => {
    const { sources } = createTestClient(server);
    server.reply(
      json(400, { error: { type: "invalid_request_error" } }, { "Stripe-Should-Retry": "true" }),
    );
    await sources.create({ type: "card" });
    expect(server.received).toHaveLength(2);
  });

  it("never retries a 500 marked Stripe-Should-Retry: false", async () => {
    const { sources, delays } = createTestClient(server);
    server.reply(apiError(500, { "Stripe-Should-Retry": "false" }));
    const error = await rejection(sources.create({ type: "card" }));
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(500);
    expect(server.received).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("does not retry 429 or other 4xx (as stripe-node)", async () => {
    const { sources } = createTestClient(server);
    server.reply(json(429, { error: { type: "rate_limit_error", message: "slow down" } }));
    expect(await rejection(sources.create({ type: "card" }))).toBeInstanceOf(RateLimitError);
    server.reply(json(400, { error: { type: "invalid_request_error", message: "bad" } }));
    expect(await rejection(sources.create({ type: "card" }))).toBeInstanceOf(InvalidRequestError);
    expect(server.received).toHaveLength(2);
  });

  it("honours Retry-After in seconds and as an HTTP date, capped at 60 s", async () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    const { sources, delays } = createTestClient(server, { maxRetries: 3 }, { now: () => now });
    server.reply(
      apiError(503, { "Retry-After": "3" }),
      apiError(503, { "Retry-After": "Wed, 21 Oct 2015 07:28:07 GMT" }),
      apiError(503, { "Retry-After": "3600" }),
    );
    await sources.create({ type: "card" });
    expect(delays).toEqual([3000, 7000, 60_000]);
    expect(server.received).toHaveLength(4);
  });

  it("never waits less than the backoff, whatever Retry-After says", async () => {
    const { sources, delays } = createTestClient(server, { maxRetries: 1 });
    server.reply(apiError(503, { "Retry-After": "0" }));
    await sources.create({ type: "card" });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(500);
  });

  it("respects maxRetries: default 2, client option, per-request override", async () => {
    const always500 = () => server.reply(...Array.from({ length: 10 }, () => apiError(500)));

    always500();
    const a = createTestClient(server);
    expect(await rejection(a.sources.create({ type: "card" }))).toBeInstanceOf(APIError);
    expect(server.received).toHaveLength(3);

    server.reset();
    always500();
    const b = createTestClient(server, { maxRetries: 4 });
    await rejection(b.sources.create({ type: "card" }));
    expect(server.received).toHaveLength(5);

    server.reset();
    always500();
    await rejection(b.sources.create({ type: "card" }, { maxRetries: 0 }));
    expect(server.received).toHaveLength(1);
  });

  it("backs off exponentially within the jitter bounds", async () => {
    for (const r of [0, 0.5, 0.999]) {
      server.reset();
      server.reply(...Array.from({ length: 6 }, () => apiError(500)));
      const { sources, delays } = createTestClient(server, { maxRetries: 5 }, { random: () => r });
      await rejection(sources.create({ type: "card" }));
      expect(delays).toHaveLength(5);
      delays.forEach((d, i) => {
        const full = Math.min(500 * 2 ** i, 5000);
        expect(d).toBeGreaterThanOrEqual(Math.max(500, full / 2));
        expect(d).toBeLessThanOrEqual(full);
        expect(d).toBeCloseTo(Math.max(500, full * 0.5 * (1 + r)), 6);
      });
      for (let i = 1; i < delays.length; i++)
        expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    }
  });
});

describe("retry policy (unit)", () => {
  it("decides like stripe-node", () => {
    const at = (status: number | undefined, header?: string, retries = 0) =>
      shouldRetry({
        retries,
        maxRetries: 2,
        status,
        shouldRetryHeader: header,
        policy: STRIPE_API.retry,
      });
    expect(at(undefined)).toBe(true);
    expect(at(409)).toBe(true);
    expect(at(500)).toBe(true);
    expect(at(503)).toBe(true);
    expect(at(429)).toBe(false);
    expect(at(400)).toBe(false);
    expect(at(400, "true")).toBe(true);
    expect(at(500, "false")).toBe(false);
    expect(at(200, "true")).toBe(false);
    expect(at(500, undefined, 2)).toBe(false);
    expect(at(undefined, undefined, 2)).toBe(false);
  });

  it("grows the backoff and keeps jitter in [0.5, 1) of the capped base, floor 500 ms", () => {
    const bounds = [
      [500, 500],
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
      [2500, 5000],
      [2500, 5000],
    ];
    bounds.forEach(([lo, hi], i) => {
      const stripe = STRIPE_API.retry;
      expect(backoffDelay(i + 1, () => 0, stripe)).toBe(lo);
      expect(backoffDelay(i + 1, () => 0.999999, stripe)).toBeLessThan(hi! + 1e-6);
      expect(backoffDelay(i + 1, () => 0.999999, stripe)).toBeGreaterThanOrEqual(lo!);
    });
  });

  it("parses Retry-After", () => {
    const now = Date.parse("2015-10-21T07:28:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe("timeouts", () => {
  it("rejects with TimeoutError (a ConnectionError) when an attempt exceeds timeoutMs", async () => {
    const { sources } = createTestClient(server, { timeoutMs: 100, maxRetries: 0 });
    server.reply(delayed(5000, json(200, { id: "late" })));
    const started = Date.now();
    const error = await rejection(sources.retrieve("src_1"));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.name).toBe("TimeoutError");
    expect(error.message).toBe("Request timed out after 100ms");
  });

  it("retries a timed-out attempt (per-request timeoutMs)", async () => {
    const { sources, delays } = createTestClient(server);
    server.reply(delayed(5000, json(200, { id: "late" })));
    const source = await sources.create({ type: "card" }, { timeoutMs: 150 });
    expect(source.id).toBe("src_123");
    expect(server.received).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it("times out a custom fetch that ignores its signal", async () => {
    const { sources } = createTestClient(server, {
      timeoutMs: 50,
      maxRetries: 0,
      fetch: () => new Promise<Response>(() => {}),
    });
    expect(await rejection(sources.retrieve("src_1"))).toBeInstanceOf(TimeoutError);
  });
});

describe("abort via signal", () => {
  it("rejects at once, sending nothing, when already aborted", async () => {
    const { sources } = createTestClient(server);
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(sources.create({ type: "card" }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe("AbortError");
    expect(server.received).toHaveLength(0);
  });

  it("rejects promptly during a request and does not retry", async () => {
    const { sources } = createTestClient(server);
    server.reply(delayed(5000, json(200, { id: "late" })));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejection(sources.create({ type: "card" }, { signal: controller.signal }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.received).toHaveLength(1);
  });

  it("rejects promptly during the real backoff wait", async () => {
    const { sources } = createTestClient(server, {}, { sleep: undefined });
    server.reply(apiError(500));
    const controller = new AbortController();
    const call = sources.create({ type: "card" }, { signal: controller.signal });
    // wait for the first (failed) attempt, then abort inside the >= 500 ms backoff
    while (server.received.length < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const abortedAt = Date.now();
    controller.abort();
    const error = await rejection(call);
    expect(Date.now() - abortedAt).toBeLessThan(300); // the backoff still had >= 400 ms to go
    expect(error).toBeInstanceOf(AbortError);
    await new Promise((r) => setTimeout(r, 600));
    expect(server.received).toHaveLength(1);
  });

  it("rejects promptly even when an injected sleep ignores the signal", async () => {
    const { sources } = createTestClient(server, {}, { sleep: () => new Promise(() => {}) });
    server.reply(apiError(500));
    const controller = new AbortController();
    const call = sources.create({ type: "card" }, { signal: controller.signal });
    while (server.received.length < 1) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort(new Error("user cancelled"));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(AbortError);
    expect((error.cause as Error).message).toBe("user cancelled");
  });
});
