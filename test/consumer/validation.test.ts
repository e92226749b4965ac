/**
 * Validation in the generated client, as a consumer meets it: invalid params are rejected before
 * anything leaves the process (the loopback server counts requests), `validateRequests: false`
 * turns that off, and `validateResponses: true` checks 2xx bodies against the spec while staying
 * forward compatible.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  RequestValidationError,
  ResponseValidationError,
  StripeError,
  createClient,
  type ClientOptions,
  type Source,
} from "../../generated/index.js";
import { API_KEY, RecordingServer, json, successExamples } from "./support.js";

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
  return createClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("request validation (on by default)", () => {
  it("rejects a wrong nested type with RequestValidationError and sends nothing", async () => {
    const err = await rejection(
      client().sources.create({
        type: "ach_credit_transfer",
        owner: { address: { city: 42 } },
      } as never),
    );
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err).toBeInstanceOf(StripeError);
    const error = err as RequestValidationError;
    expect(error.name).toBe("RequestValidationError");
    expect(error.message).toContain("owner.address.city: must be string");
    expect(error.issues).toContainEqual(
      expect.objectContaining({ instancePath: "/owner/address/city", keyword: "type" }),
    );
    expect(error.status).toBeUndefined();
    expect(server.received).toHaveLength(0);
  });

  const cases: [string, () => Promise<unknown>, string][] = [
    [
      "a wrong enum value",
      () => client().sources.create({ type: "ach_credit_transfer", flow: "teleport" } as never),
      "flow: must be equal to one of the allowed values",
    ],
    [
      "a float where an integer is expected",
      () => client().sources.create({ type: "ach_credit_transfer", amount: 10.5 }),
      "amount: must be integer",
    ],
    [
      "a float in update",
      () => client().sources.update("src_1", { amount: 10.5 }),
      "amount: must be integer",
    ],
    [
      "a metadata value that is not a string",
      () => client().sources.create({ type: "ach_credit_transfer", metadata: { a: 1 } } as never),
      "metadata.a: must be string",
    ],
    [
      "a missing required param",
      () => client().customers.attachSource("cus_1", {} as never),
      'missing required property "source"',
    ],
    [
      "neither type nor customer + original_source (the anyOf)",
      () => client().sources.create({ currency: "usd" } as never),
      'missing required property "type"',
    ],
    [
      "an enum value in a nested object",
      () =>
        client().sources.create({
          type: "sepa_debit",
          mandate: { acceptance: { status: "maybe", date: 1 } },
        } as never),
      "mandate.acceptance.status: must be equal to one of the allowed values",
    ],
    [
      "an empty path id (retrieve)",
      () => client().sources.retrieve(""),
      "source: must be a non-empty string",
    ],
    [
      "an empty path id (detach)",
      () => client().customers.detachSource("cus_1", ""),
      "id: must be a non-empty string",
    ],
    [
      "an empty customer id (attach)",
      () => client().customers.attachSource("", { source: "src_1" }),
      "customer: must be a non-empty string",
    ],
    [
      "a missing path id",
      () => (client().sources.retrieve as (id?: string) => Promise<Source>)(),
      "source: must be a non-empty string",
    ],
    [
      "an unknown key, with the likely intended name",
      () => client().sources.update("src_1", { metadta: { a: "1" } } as never),
      "`metadta` is not a parameter of sources.update; did you mean `metadata`?",
    ],
    [
      "a request option passed in params (stripe-node's habit), saying where it belongs",
      () => client().sources.retrieve("src_1", { stripeAccount: "acct_1" } as never),
      "`stripeAccount` is a request option, not a parameter of sources.retrieve: pass it in the options argument",
    ],
    [
      "an unknown key of a method with a query only",
      () => client().sources.retrieve("src_1", { client_secert: "x" } as never),
      "`client_secert` is not a parameter of sources.retrieve; did you mean `client_secret`?",
    ],
    [
      "a key of the response (not a create param)",
      () => client().sources.create({ type: "card", livemode: true } as never),
      "`livemode` is not a parameter of sources.create",
    ],
    [
      "a dot-dot path id",
      () => client().customers.detachSource("cus_1", ".."),
      'id: ".." is not a valid path segment',
    ],
  ];

  it.each(cases)("rejects %s before sending", async (_name, call, message) => {
    const err = await rejection(call());
    expect(err).toBeInstanceOf(RequestValidationError);
    expect((err as Error).message).toContain(message);
    expect(server.received).toHaveLength(0);
  });

  it("judges a Date by what is sent: unix seconds, an integer", async () => {
    await client().sources.create({
      type: "sepa_debit",
      mandate: {
        acceptance: { status: "accepted", date: new Date("2024-01-02T03:04:05.678Z") as never },
      },
    });
    expect(server.received.map((r) => r.body)).toEqual([
      "type=sepa_debit&mandate[acceptance][status]=accepted&mandate[acceptance][date]=1704164645",
    ]);
  });

  it("validateRequests: false lets the same request through, encoded as given", async () => {
    const result = await client({ validateRequests: false }).sources.create({
      type: "ach_credit_transfer",
      owner: { address: { city: 42 } },
    } as never);
    expect(result.id).toBe(successExamples().CreateSource.id);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]!.body).toBe("type=ach_credit_transfer&owner[address][city]=42");
  });

  it("validateRequests: false sends a float and a bad enum as they are", async () => {
    await client({ validateRequests: false }).sources.create({
      type: "ach_credit_transfer",
      amount: 10.5,
      flow: "teleport",
    } as never);
    expect(server.received.map((r) => r.body)).toEqual([
      "type=ach_credit_transfer&amount=10.5&flow=teleport",
    ]);
  });

  it("validateRequests: false still refuses an empty path id (it would change the URL)", async () => {
    const err = await rejection(client({ validateRequests: false }).sources.retrieve(""));
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(server.received).toHaveLength(0);
  });
});

describe("response validation", () => {
  const source = () => successExamples().RetrieveSource;

  it("validateResponses: true rejects a Source whose status has the wrong type", async () => {
    server.fallback(json(200, { ...source(), status: 42 }, { "request-id": "req_bad" }));
    const err = await rejection(client({ validateResponses: true }).sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect(err).toBeInstanceOf(StripeError);
    const error = err as ResponseValidationError;
    expect(error.name).toBe("ResponseValidationError");
    expect(error.message).toContain("status: must be string");
    expect(error.issues).toContainEqual(
      expect.objectContaining({ instancePath: "/status", keyword: "type" }),
    );
    expect(error.status).toBe(200);
    expect(error.requestId).toBe("req_bad");
    expect(error.raw).toEqual({ ...source(), status: 42 });
    expect(server.received).toHaveLength(1); // not retried
  });

  it("validateResponses: true rejects a value outside a closed enum", async () => {
    server.fallback(json(200, { ...source(), status: "teleported" }));
    const err = await rejection(client({ validateResponses: true }).sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as Error).message).toContain("status: must be equal to one of the allowed values");
  });

  it("validateResponses: true rejects a missing required property", async () => {
    const { client_secret: _omitted, ...rest } = source();
    server.fallback(json(200, rest));
    const err = await rejection(client({ validateResponses: true }).sources.retrieve("src_1"));
    expect(err).toBeInstanceOf(ResponseValidationError);
    expect((err as Error).message).toContain('missing required property "client_secret"');
  });

  it("validateResponses: true accepts unknown properties (forward compatibility)", async () => {
    const body = {
      ...source(),
      brand_new_field: { nested: true },
      owner: { ...(source().owner as object), new_owner_field: 1 },
    };
    server.fallback(json(200, body));
    const result = await client({ validateResponses: true }).sources.retrieve("src_1");
    expect(result).toEqual(body);
    expect(result.lastResponse.status).toBe(200);
  });

  it("validateResponses: true accepts a new value of an x-open-enum (Source.type)", async () => {
    const body = { ...source(), type: "new_payment_method", new_payment_method: {} };
    server.fallback(json(200, body));
    const result = await client({ validateResponses: true }).sources.retrieve("src_1");
    expect(result.type).toBe("new_payment_method");
  });

  it("validateResponses: true accepts the seed response of every operation", async () => {
    const examples = successExamples();
    const c = client({ validateResponses: true });
    server.reply(
      json(200, examples.CreateSource),
      json(200, examples.RetrieveSource),
      json(200, examples.UpdateSource),
      json(200, examples.AttachSource),
      json(200, examples.DetachSource),
    );
    expect(await c.sources.create({ type: "ach_credit_transfer" })).toEqual(examples.CreateSource);
    expect(await c.sources.retrieve("src_1")).toEqual(examples.RetrieveSource);
    expect(await c.sources.update("src_1")).toEqual(examples.UpdateSource);
    expect(await c.customers.attachSource("cus_1", { source: "src_1" })).toEqual(
      examples.AttachSource,
    );
    expect(await c.customers.detachSource("cus_1", "src_1")).toEqual(examples.DetachSource);
  });

  it("is off by default: the wrong status type passes through", async () => {
    server.fallback(json(200, { ...source(), status: 42 }));
    const result = await client().sources.retrieve("src_1");
    expect(result.status as unknown).toBe(42);
  });

  it("validateResponses: false passes it through too", async () => {
    server.fallback(json(200, { ...source(), status: 42 }));
    const result = await client({ validateResponses: false }).sources.retrieve("src_1");
    expect(result.status as unknown).toBe(42);
  });
});
