/**
 * The spec-driven pieces of the runtime, unit by unit: choosing credentials, the default retry
 * policy, error classes from a response, and Dates on the wire.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, type SecurityScheme } from "../../templates/runtime/api.js";
import { checkCredential, resolveAuth, secretsOf } from "../../templates/runtime/auth.js";
import { wireDates } from "../../templates/runtime/dates.js";
import { errorFromResponse } from "../../templates/runtime/error-from-response.js";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  UnprocessableEntityError,
  nameErrorClasses,
} from "../../templates/runtime/errors.js";
import { backoffDelay, retryDelay, shouldRetry } from "../../templates/runtime/retry.js";

const schemes: Record<string, SecurityScheme> = {
  key: { type: "apiKey", option: "apiKey", in: "header", name: "X-Key" },
  q: { type: "apiKey", option: "token", in: "query", name: "token" },
  basic: { type: "basic", option: "login" },
  bearer: { type: "bearer", option: "accessToken" },
};

function auth(security: string[][] | undefined, given: Record<string, unknown>) {
  return resolveAuth({
    security,
    schemes,
    credential: (option) => given[option] as never,
    label: "GET /x",
  });
}

describe("credentials", () => {
  const table: [string, string[][] | undefined, Record<string, unknown>, unknown][] = [
    ["no requirement", undefined, { apiKey: "k" }, { headers: [], query: [], cookies: [] }],
    ["security: []", [], { apiKey: "k" }, { headers: [], query: [], cookies: [] }],
    [
      "header key",
      [["key"]],
      { apiKey: "k" },
      { headers: [["X-Key", "k"]], query: [], cookies: [] },
    ],
    ["query key", [["q"]], { token: "t" }, { headers: [], query: [["token", "t"]], cookies: [] }],
    [
      "basic",
      [["basic"]],
      { login: { username: "u", password: "p" } },
      { headers: [["Authorization", "Basic dTpw"]], query: [], cookies: [] },
    ],
    [
      "the second alternative when the first lacks a credential",
      [["bearer"], ["key"]],
      { apiKey: "k" },
      { headers: [["X-Key", "k"]], query: [], cookies: [] },
    ],
    [
      "both schemes of one alternative",
      [["key", "q"]],
      { apiKey: "k", token: "t" },
      { headers: [["X-Key", "k"]], query: [["token", "t"]], cookies: [] },
    ],
    ["optional ({}), nothing given", [["key"], []], {}, { headers: [], query: [], cookies: [] }],
  ];
  for (const [name, security, given, want] of table) {
    it(name, () => expect(auth(security, given)).toEqual(want));
  }

  it("names every alternative's options when none is satisfied", () => {
    expect(() => auth([["bearer"], ["key", "q"]], { apiKey: "k" })).toThrow(
      new RequestValidationError(
        "GET /x needs credentials: set `accessToken`, or `apiKey` and `token` (a client or request option)",
      ),
    );
  });

  it("checks values without echoing them; a string is Basic's user name", () => {
    expect(() => checkCredential("apiKey", schemes.key!, "bad key")).toThrow(
      /^Invalid apiKey: expected a non-empty string/,
    );
    expect(() => checkCredential("login", schemes.basic!, { username: "a:b" })).toThrow(
      "Invalid login",
    );
    expect(() => checkCredential("login", schemes.basic!, "sk_test_1")).not.toThrow();
    expect(auth([["basic"]], { login: "sk_test_1" }).headers).toEqual([
      ["Authorization", `Basic ${btoa("sk_test_1:")}`],
    ]);
  });

  it("knows every form a credential can be echoed in", () => {
    expect(secretsOf("k1")).toEqual(["k1", btoa("k1:")]);
    expect(secretsOf({ username: "u", password: "p" })).toEqual(["p", btoa("u:p")]);
    expect(secretsOf({ username: "key" })).toEqual(["key", btoa("key:")]);
  });
});

describe("the default retry policy", () => {
  const at = (status: number | undefined, extra: Partial<Parameters<typeof shouldRetry>[0]> = {}) =>
    shouldRetry({ retries: 0, maxRetries: 2, status, ...extra });

  it("retries 408, 409, 429, 5xx and connection errors; not other 4xx", () => {
    expect([408, 409, 429, 500, 502, 503, 599].map((s) => at(s))).toEqual(Array(7).fill(true));
    expect([400, 401, 403, 404, 422].map((s) => at(s))).toEqual(Array(5).fill(false));
    expect(at(undefined)).toBe(true);
    expect(at(undefined, { timedOut: true })).toBe(true);
  });

  it("never retries an unsafe call (POST/PATCH without an idempotency key)…", () => {
    expect(at(503, { unsafe: true })).toBe(false);
    expect(at(undefined, { unsafe: true })).toBe(false);
  });

  it("…unless the policy's should-retry header says true; false forbids any retry", () => {
    expect(at(503, { unsafe: true, shouldRetryHeader: "true" })).toBe(true);
    expect(at(503, { shouldRetryHeader: "false" })).toBe(false);
    expect(at(200, { shouldRetryHeader: "true" })).toBe(false);
  });

  it("stops at maxRetries; a policy can turn connection errors off", () => {
    expect(at(503, { retries: 2 })).toBe(false);
    const policy = { ...DEFAULT_RETRY, connectionErrors: false, timeouts: false };
    expect(at(undefined, { policy })).toBe(false);
  });

  it("backs off 0.5 s → 8 s with jitter in [0.5, 1) of the capped base", () => {
    expect([1, 2, 3, 4, 5, 6].map((r) => backoffDelay(r, () => 0))).toEqual([
      500, 500, 1000, 2000, 4000, 4000,
    ]);
    expect(backoffDelay(6, () => 0.999999)).toBeLessThan(8000);
  });

  it("honours Retry-After-Ms and Retry-After when longer, capped at 60 s", () => {
    const base = { retry: 1, random: () => 0, now: 0 };
    expect(retryDelay({ ...base, retryAfter: "2" })).toBe(2000);
    expect(retryDelay({ ...base, retryAfter: "2", retryAfterMs: "1500" })).toBe(1500);
    expect(retryDelay({ ...base, retryAfter: "0" })).toBe(500);
    expect(retryDelay({ ...base, retryAfter: "3600" })).toBe(60_000);
  });
});

describe("errors from responses", () => {
  const plain = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    errorFromResponse({}, { status, body, headers, requestId: "r" });

  it("picks the neutral class by status", () => {
    const table: [number, Function][] = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [422, UnprocessableEntityError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
      [418, ApiError],
    ];
    for (const [status, Class] of table)
      expect(plain(status, {}).constructor, String(status)).toBe(Class);
  });

  it("reads an RFC 9457 problem without any declaration", () => {
    const error = plain(
      404,
      {
        type: "https://e.test/nf",
        title: "Not found",
        status: 404,
        detail: "No pet 7",
        instance: "/pets/7",
      },
      { "content-type": "application/problem+json" },
    );
    expect(error).toMatchObject({
      message: "No pet 7",
      type: "https://e.test/nf",
      title: "Not found",
      detail: "No pet 7",
      instance: "/pets/7",
      status: 404,
      requestId: "r",
    });
  });

  it("falls back to message / error.message / the OAuth shape / the status", () => {
    expect(plain(400, { message: "m1", code: "c1" })).toMatchObject({ message: "m1", code: "c1" });
    expect(plain(400, { error: { message: "m2", param: "p" } })).toMatchObject({
      message: "m2",
      param: "p",
    });
    expect(plain(400, { error: "invalid_grant", error_description: "expired" })).toMatchObject({
      message: "expired",
      type: "invalid_grant",
    });
    expect(plain(502, "<html>")).toMatchObject({ message: "Request failed with status 502" });
  });

  it("applies a spec's mapping: status first, then type, then status", () => {
    class CardError extends ApiError {}
    class LockError extends ApiError {}
    nameErrorClasses({ CardError, LockError });
    const mapping = {
      typeField: "error.kind",
      messageField: "error.text",
      fields: { reason: "error.reason" },
      byStatusFirst: { "401": AuthenticationError },
      byType: { card: CardError },
      byStatus: { "4XX": LockError },
    };
    const at = (status: number, kind: string) =>
      errorFromResponse(mapping, {
        status,
        body: { error: { kind, text: "t", reason: "r1" } },
        headers: {},
        requestId: undefined,
      });
    expect(at(402, "card").constructor).toBe(CardError);
    expect(at(401, "card").constructor).toBe(AuthenticationError);
    expect(at(409, "other").constructor).toBe(LockError);
    expect(at(500, "other").constructor).toBe(InternalServerError);
    expect(at(402, "card")).toMatchObject({ message: "t", type: "card", reason: "r1" });
    expect(String(at(402, "card"))).toBe("CardError: t");
  });
});

describe("Dates on the wire", () => {
  const when = new Date("2024-01-02T03:04:05.678Z");
  it("unix seconds at the unix-time paths (with * for items and keys), ISO 8601 elsewhere", () => {
    const params = { at: when, list: [when], nested: { a: { t: when } }, other: when };
    expect(wireDates(params, ["at", "list.*", "nested.*.t"])).toEqual({
      at: 1704164645,
      list: [1704164645],
      nested: { a: { t: 1704164645 } },
      other: "2024-01-02T03:04:05.678Z",
    });
    expect(params.at).toBe(when);
  });
});
