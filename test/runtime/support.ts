/**
 * Test support for the runtime: a real node:http server on 127.0.0.1 that records every request,
 * descriptors mirroring Stripe's five Source operations, and a small client shaped like the
 * generated one.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type {
  OperationDescriptor,
  ValidationIssue,
  Validator,
} from "../../templates/runtime/descriptor.js";
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type TransportConfig,
  type WithResponse,
} from "../../templates/runtime/index.js";
import { STRIPE_API } from "./stripe-dialect.js";

/** The generated Stripe client's option types, as far as these tests use them. */
export type ClientOptions = BaseClientOptions & {
  readonly apiKey: string;
  readonly apiVersion?: string;
  readonly stripeAccount?: string;
};
export type RequestOptions = BaseRequestOptions & {
  readonly apiKey?: string;
  readonly idempotencyKey?: string;
  readonly apiVersion?: string;
  readonly stripeAccount?: string;
};

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  /** Raw query string without `?`, or null when the URL had none. */
  readonly query: string | null;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

export type Responder = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  got: Received,
) => void;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Responder {
  return (_req, res) => {
    const text = JSON.stringify(body);
    const all: Record<string, string> = {
      "content-type": "application/json",
      "request-id": `req_${status}`,
    };
    for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value;
    res.writeHead(status, all);
    res.end(text);
  };
}

export const destroySocket: Responder = (req) => {
  req.socket.destroy();
};

/** Responds after `ms` (or never, when the client goes away first). */
export function delayed(ms: number, then: Responder): Responder {
  return (req, res, got) => {
    const timer = setTimeout(() => then(req, res, got), ms);
    res.on("close", () => clearTimeout(timer));
  };
}

export class TestServer {
  readonly received: Received[] = [];
  private queue: Responder[] = [];
  private fallback: Responder = json(200, { id: "src_123", object: "source" });
  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<TestServer> {
    let self: TestServer | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = req.url ?? "";
        const q = url.indexOf("?");
        const got: Received = {
          method: req.method ?? "",
          url,
          path: q === -1 ? url : url.slice(0, q),
          query: q === -1 ? null : url.slice(q + 1),
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          at: Date.now(),
        };
        self!.received.push(got);
        const responder = self!.queue.shift() ?? self!.fallback;
        responder(req, res, got);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    self = new TestServer(server, `http://127.0.0.1:${port}`);
    return self;
  }

  /** Queue responders for the next requests; later requests get the fallback (200 source). */
  reply(...responders: Responder[]): void {
    this.queue.push(...responders);
  }

  reset(): void {
    this.received.length = 0;
    this.queue = [];
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

// ---- descriptors mirroring Stripe's Source operations ----

const optionHeaders = [
  ["apiVersion", "Stripe-Version"],
  ["stripeAccount", "Stripe-Account"],
] as const;

/** Stripe's spec: Bearer, else Basic, both from `apiKey`. */
const security = [["bearerAuth"], ["basicAuth"]];

const deepObject = { style: "deepObject", explode: true } as const;

const form = (required: boolean) =>
  ({
    mediaType: "application/x-www-form-urlencoded",
    encoding: "form",
    merged: true,
    required,
    styles: Object.fromEntries(
      ["mandate", "metadata", "owner", "receiver", "redirect", "source_order"].map((k) => [
        k,
        deepObject,
      ]),
    ),
  }) as const;

export const ops = {
  CreateSource: {
    operationId: "PostSources",
    method: "POST",
    path: "/v1/sources",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders,
    idempotencyHeader: "Idempotency-Key",
    security,
    body: form(false),
  },
  RetrieveSource: {
    operationId: "GetSourcesSource",
    method: "GET",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: ["client_secret", "expand"],
    headers: [],
    optionHeaders,
    security,
  },
  UpdateSource: {
    operationId: "PostSourcesSource",
    method: "POST",
    path: "/v1/sources/{source}",
    pathParams: ["source"],
    query: [],
    headers: [],
    optionHeaders,
    idempotencyHeader: "Idempotency-Key",
    security,
    body: form(false),
  },
  AttachSource: {
    operationId: "PostCustomersCustomerSources",
    method: "POST",
    path: "/v1/customers/{customer}/sources",
    pathParams: ["customer"],
    query: [],
    headers: [],
    optionHeaders,
    idempotencyHeader: "Idempotency-Key",
    security,
    body: form(true),
  },
  DetachSource: {
    operationId: "DeleteCustomersCustomerSourcesId",
    method: "DELETE",
    path: "/v1/customers/{customer}/sources/{id}",
    pathParams: ["customer", "id"],
    query: [],
    headers: [],
    optionHeaders,
    security,
    body: form(false),
  },
} satisfies Record<string, OperationDescriptor>;

export interface Source {
  id: string;
  object: "source";
  [key: string]: unknown;
}

/** Shaped like the generated client. */
export class SourcesResource {
  constructor(private readonly transport: Transport) {}
  create(params?: object, options?: RequestOptions): Promise<WithResponse<Source>> {
    return this.transport.request<Source>(ops.CreateSource, [], params, options);
  }
  retrieve(
    source: string,
    params?: object,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>> {
    return this.transport.request<Source>(ops.RetrieveSource, [source], params, options);
  }
  update(source: string, params?: object, options?: RequestOptions): Promise<WithResponse<Source>> {
    return this.transport.request<Source>(ops.UpdateSource, [source], params, options);
  }
}

export class CustomersResource {
  constructor(private readonly transport: Transport) {}
  createSource(
    customer: string,
    params: object,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>> {
    return this.transport.request<Source>(ops.AttachSource, [customer], params, options);
  }
  deleteSource(
    customer: string,
    id: string,
    params?: object,
    options?: RequestOptions,
  ): Promise<WithResponse<Source>> {
    return this.transport.request<Source>(ops.DetachSource, [customer, id], params, options);
  }
}

export interface TestClient {
  sources: SourcesResource;
  customers: CustomersResource;
  transport: Transport;
  /** Backoff waits the transport asked for (the injected sleep resolves at once). */
  delays: number[];
}

export const API_KEY = "sk_test_51SecretKeyABCdef0123456789";

export function createTestClient(
  server: TestServer,
  options: Partial<ClientOptions> = {},
  config: Partial<TransportConfig> = {},
): TestClient {
  const delays: number[] = [];
  const transport = new Transport(
    { apiKey: API_KEY, baseUrl: server.url, ...options },
    {
      defaultBaseUrl: "https://api.stripe.com",
      userAgent: "stripe-sources-client/1.0.0",
      api: STRIPE_API,
      sleep: async (ms) => {
        delays.push(ms);
      },
      ...config,
    },
  );
  return {
    sources: new SourcesResource(transport),
    customers: new CustomersResource(transport),
    transport,
    delays,
  };
}

/** A validator that fails with the given ajv-shaped issues (and records what it saw). */
export function failingValidator(issues: ValidationIssue[]): Validator & { seen: unknown[] } {
  const seen: unknown[] = [];
  const fn = ((value: unknown) => {
    seen.push(value);
    fn.errors = issues;
    return false;
  }) as Validator & { seen: unknown[] };
  fn.seen = seen;
  return fn;
}

export function passingValidator(): Validator & { seen: unknown[] } {
  const seen: unknown[] = [];
  const fn = ((value: unknown) => {
    seen.push(value);
    fn.errors = null;
    return true;
  }) as Validator & { seen: unknown[] };
  fn.seen = seen;
  return fn;
}
