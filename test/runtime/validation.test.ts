/** Request validation before sending, response validation after, and their messages. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../templates/runtime/descriptor.js";
import { RequestValidationError, ResponseValidationError, StripeError } from "./stripe-dialect.js";
import { describeRequestIssues, responseValidator } from "../../templates/runtime/validation.js";
import {
  createTestClient,
  failingValidator,
  json,
  ops,
  passingValidator,
  TestServer,
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

const cityIssue = {
  instancePath: "/owner/address/city",
  schemaPath: "#/properties/owner/properties/address/properties/city/type",
  keyword: "type",
  params: { type: "string" },
  message: "must be string",
};

describe("request validation", () => {
  it("throws RequestValidationError with a readable message and sends nothing", async () => {
    const validator = failingValidator([cityIssue]);
    const op = { ...ops.CreateSource, validateRequest: validator };
    const { transport } = createTestClient(server);
    const params = { type: "ach_credit_transfer", owner: { address: { city: 42 } } };
    const error = await rejection(transport.request(op, [], params));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toBeInstanceOf(StripeError);
    expect(error.message).toBe("owner.address.city: must be string");
    expect((error as RequestValidationError).issues).toEqual([cityIssue]);
    expect(validator.seen).toEqual([params]);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.received).toHaveLength(0);
  });

  it("passes the params as the method takes them (path ids are arguments, not params)", async () => {
    const validator = passingValidator();
    const op = { ...ops.RetrieveSource, validateRequest: validator };
    const { transport } = createTestClient(server);
    await transport.request(op, ["src_1"], { client_secret: "cs_1", expand: undefined });
    expect(validator.seen).toEqual([{ client_secret: "cs_1" }]);
    expect(server.received).toHaveLength(1);
  });

  it("passes the merged body's params for attach, undefined values left out", async () => {
    const validator = passingValidator();
    const op = { ...ops.AttachSource, validateRequest: validator };
    const { transport } = createTestClient(server);
    await transport.request(op, ["cus_1"], { source: "src_1", metadata: undefined });
    expect(validator.seen).toEqual([{ source: "src_1" }]);
  });

  it("passes header params and sends them as headers", async () => {
    const validator = passingValidator();
    const op: OperationDescriptor = {
      ...ops.CreateSource,
      headers: [["context", "Stripe-Context"]],
      query: ["expand"],
      validateRequest: validator,
    };
    const { transport } = createTestClient(server);
    await transport.request(op, [], { context: "ctx_1", expand: ["owner"], type: "card" });
    expect(validator.seen).toEqual([{ context: "ctx_1", expand: ["owner"], type: "card" }]);
    const got = server.received[0]!;
    expect(got.headers["stripe-context"]).toBe("ctx_1");
    expect(got.query).toBe("expand[0]=owner");
    expect(got.body).toBe("type=card");
  });

  it("names missing properties, unknown properties, and joins issues with '; '", async () => {
    const validator = failingValidator([
      {
        instancePath: "",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'",
      },
      {
        instancePath: "/owner",
        keyword: "required",
        params: { missingProperty: "email" },
        message: "x",
      },
      {
        instancePath: "/owner",
        keyword: "additionalProperties",
        params: { additionalProperty: "nmae" },
        message: "must NOT have additional properties",
      },
      {
        instancePath: "/metadata/a~1b~0c",
        keyword: "maxLength",
        params: { limit: 5 },
        message: "must NOT have more than 5 characters",
      },
      { instancePath: "/items/0/parent", keyword: "type", message: "must be string" },
      cityIssue,
      cityIssue,
    ]);
    const op = { ...ops.CreateSource, validateRequest: validator };
    const { transport } = createTestClient(server);
    const error = await rejection(transport.request(op, [], {}));
    expect(error.message).toBe(
      [
        'missing required property "type"',
        'owner: missing required property "email"',
        'owner: unknown property "nmae"',
        "metadata.a/b~c: must NOT have more than 5 characters",
        "items.0.parent: must be string",
        "owner.address.city: must be string",
      ].join("; "),
    );
    expect(server.received).toHaveLength(0);
  });

  it("reports params paths as dotted names", () => {
    expect(
      describeRequestIssues([
        { instancePath: "/client_secret", keyword: "type", message: "must be string" },
        { instancePath: "/Stripe-Context", keyword: "type", message: "must be string" },
        { instancePath: "", keyword: "required", params: { missingProperty: "client_secret" } },
        { instancePath: "", keyword: "type", message: "must be object" },
      ]),
    ).toBe(
      'client_secret: must be string; Stripe-Context: must be string; missing required property "client_secret"; must be object',
    );
  });

  it("keeps `body.` for a non-merged body", async () => {
    const validator = failingValidator([
      { instancePath: "/body/name", keyword: "type", message: "must be string" },
      { instancePath: "/body", keyword: "required", params: { missingProperty: "url" } },
    ]);
    const op: OperationDescriptor = {
      ...ops.CreateSource,
      body: { mediaType: "application/json", encoding: "json", merged: false, required: true },
      validateRequest: validator,
    };
    const { transport } = createTestClient(server);
    const error = await rejection(transport.request(op, [], { body: { name: 1 } }));
    expect(error.message).toBe('body.name: must be string; body: missing required property "url"');
    expect(validator.seen).toEqual([{ body: { name: 1 } }]);
  });

  // Issue 9: a Date is unix seconds only where the spec says `format: unix-time` (the
  // descriptor's `unixTime` paths); ISO 8601 everywhere else, form parts included.
  it("validates Dates as sent: unix seconds at unix-time paths, ISO strings elsewhere", async () => {
    const when = new Date("2024-01-02T03:04:05.678Z");
    const form = passingValidator();
    const { transport } = createTestClient(server);
    const formOp: OperationDescriptor = {
      ...ops.CreateSource,
      query: ["created"],
      unixTime: ["created.gte", "list.*", "metadata.at"],
      validateRequest: form,
    };
    const params = { created: { gte: when }, metadata: { at: when }, list: [when] };
    await transport.request(formOp, [], params);
    expect(form.seen).toEqual([
      { created: { gte: 1704164645 }, metadata: { at: 1704164645 }, list: [1704164645] },
    ]);
    expect(params.metadata.at).toBe(when); // the caller's object is not modified
    expect(server.received[0]!.query).toBe("created[gte]=1704164645");
    expect(server.received[0]!.body).toBe("metadata[at]=1704164645&list[0]=1704164645");

    const jsonValidator = passingValidator();
    const jsonOp: OperationDescriptor = {
      ...ops.CreateSource,
      body: { mediaType: "application/json", encoding: "json", merged: true, required: true },
      validateRequest: jsonValidator,
    };
    await transport.request(jsonOp, [], { at: when });
    expect(jsonValidator.seen).toEqual([{ at: "2024-01-02T03:04:05.678Z" }]);
    expect(server.received[1]!.body).toBe('{"at":"2024-01-02T03:04:05.678Z"}');

    const iso = passingValidator();
    await transport.request({ ...formOp, unixTime: ["list.*"], validateRequest: iso }, [], params);
    expect(iso.seen).toEqual([
      {
        created: { gte: "2024-01-02T03:04:05.678Z" },
        metadata: { at: "2024-01-02T03:04:05.678Z" },
        list: [1704164645],
      },
    ]);
    expect(server.received[2]!.query).toBe("created[gte]=2024-01-02T03%3A04%3A05.678Z");
    expect(server.received[2]!.body).toBe(
      "metadata[at]=2024-01-02T03%3A04%3A05.678Z&list[0]=1704164645",
    );
  });

  it("skips validation with validateRequests: false", async () => {
    const op = { ...ops.CreateSource, validateRequest: failingValidator([cityIssue]) };
    const { transport } = createTestClient(server, { validateRequests: false });
    await transport.request(op, [], { owner: { address: { city: 42 } } });
    expect(server.received[0]!.body).toBe("owner[address][city]=42");
  });
});

describe("response validation", () => {
  const nameIssue = { instancePath: "/owner/name", keyword: "type", message: "must be string" };

  it("is off by default", async () => {
    const validator = failingValidator([nameIssue]);
    const op = { ...ops.RetrieveSource, validateResponse: { "200": validator } };
    const { transport } = createTestClient(server);
    await transport.request(op, ["src_1"]);
    expect(validator.seen).toEqual([]);
  });

  it("throws ResponseValidationError with status, request id and issues", async () => {
    const validator = failingValidator([nameIssue]);
    const op = { ...ops.RetrieveSource, validateResponse: { "200": validator } };
    const { transport } = createTestClient(server, { validateResponses: true });
    server.reply(json(200, { id: "src_1", owner: { name: 7 } }, { "Request-Id": "req_v" }));
    const error = await rejection(transport.request(op, ["src_1"]));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toBe("Response did not match the spec: owner.name: must be string");
    expect(error.status).toBe(200);
    expect(error.requestId).toBe("req_v");
    expect(error.raw).toEqual({ id: "src_1", owner: { name: 7 } });
    expect((error as ResponseValidationError).issues).toEqual([nameIssue]);
    expect(validator.seen).toEqual([{ id: "src_1", owner: { name: 7 } }]);
  });

  it("passes a valid body through, without lastResponse visible to the validator", async () => {
    const validator = passingValidator();
    const op = { ...ops.RetrieveSource, validateResponse: { "2XX": validator } };
    const { transport } = createTestClient(server, { validateResponses: true });
    const source = await transport.request<{ id: string }>(op, ["src_1"]);
    expect(source.id).toBe("src_123");
    expect(Object.keys(validator.seen[0] as object)).toEqual(["id", "object"]);
  });

  it("picks the validator: exact status, then range, then default", () => {
    const exact = passingValidator();
    const range = passingValidator();
    const lower = passingValidator();
    const fallback = passingValidator();
    const op = {
      ...ops.RetrieveSource,
      validateResponse: { "200": exact, "2XX": range, "3xx": lower, default: fallback },
    };
    expect(responseValidator(op, 200)).toBe(exact);
    expect(responseValidator(op, 201)).toBe(range);
    expect(responseValidator(op, 304)).toBe(lower);
    expect(responseValidator(op, 404)).toBe(fallback);
    expect(responseValidator(ops.RetrieveSource, 200)).toBeUndefined();
  });
});
