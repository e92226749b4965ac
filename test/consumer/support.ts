/**
 * Support for the consumer tests: a recording node:http server on 127.0.0.1, the spec's response
 * examples (the seed responses), and paths into the repository.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const GENERATED = fileURLToPath(new URL("../../generated", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures/consumer", import.meta.url));

/** A made-up secret key; the tests check it never leaks into errors. */
export const API_KEY = "sk_test_51ConsumerSecretKEY0123456789abcdef";

// ---- the spec's examples ----

type Json = Record<string, unknown>;

const spec = parse(
  readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"),
) as Json;

function resolve(node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 10; hops++) {
    const ref = (current as Json | null)?.["$ref"];
    if (typeof ref !== "string") return current;
    if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((at, key) => (at as Json)[key], spec);
  }
  throw new Error("$ref chain too long");
}

function firstExample(response: unknown): unknown {
  const content = (resolve(response) as Json)["content"] as Json;
  const examples = (content["application/json"] as Json)["examples"] as Json;
  const first = Object.values(examples)[0];
  if (first === undefined) throw new Error("no example");
  return structuredClone((resolve(first) as Json)["value"]);
}

export const OPERATION_IDS = [
  "CreateSource",
  "RetrieveSource",
  "UpdateSource",
  "AttachSource",
  "DetachSource",
] as const;
export type OperationId = (typeof OPERATION_IDS)[number];

/** The first `200` example of each operation, by operationId (a fresh copy per call). */
export function successExamples(): Record<OperationId, Json> {
  const out: Record<string, Json> = {};
  for (const item of Object.values(spec["paths"] as Json)) {
    for (const op of Object.values(item as Json)) {
      const operation = op as Json;
      if (typeof operation["operationId"] !== "string") continue;
      const responses = operation["responses"] as Json;
      out[operation["operationId"]] = firstExample(responses["200"]) as Json;
    }
  }
  const found = Object.keys(out).sort();
  if (found.join() !== [...OPERATION_IDS].sort().join()) {
    throw new Error(`the spec's operations changed: ${found.join(", ")}`);
  }
  return out as Record<OperationId, Json>;
}

/** The spec's error example (`components.responses.Error`): an unknown source, 404 on Stripe. */
export function errorExample(): Json {
  const responses = (spec["components"] as Json)["responses"] as Json;
  return firstExample(responses["Error"]) as Json;
}

// ---- a recording server ----

export interface Received {
  readonly method: string;
  readonly path: string;
  /** Raw query string without `?`, or null when the URL had none. */
  readonly query: string | null;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** Answers one request; may also leave it unanswered (the server closes it at the end). */
export type Responder = (got: Received, res: http.ServerResponse) => void;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Responder {
  return (_got, res) => {
    res.writeHead(status, {
      "content-type": "application/json",
      "request-id": `req_${status}`,
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
}

/** Never answers (until the client gives up or the server closes). */
export const hang: Responder = () => {};

export class RecordingServer {
  readonly received: Received[] = [];
  readonly #queue: Responder[] = [];
  #fallback: Responder;
  /** Resolvers waiting for the n-th request. */
  readonly #waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    fallback: Responder,
  ) {
    this.#fallback = fallback;
  }

  static async start(
    fallback: Responder = json(200, { id: "src_123", object: "source" }),
  ): Promise<RecordingServer> {
    let self: RecordingServer | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const url = req.url ?? "";
        const q = url.indexOf("?");
        const got: Received = {
          method: req.method ?? "",
          path: q === -1 ? url : url.slice(0, q),
          query: q === -1 ? null : url.slice(q + 1),
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        };
        const me = self!;
        me.received.push(got);
        try {
          (me.#queue.shift() ?? me.#fallback)(got, res);
        } catch (error) {
          res.writeHead(599, { "content-type": "text/plain" });
          res.end(`test server error: ${String(error)}`);
        }
        for (const w of me.#waiters.filter((w) => me.received.length >= w.count)) {
          me.#waiters.splice(me.#waiters.indexOf(w), 1);
          w.resolve();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    self = new RecordingServer(server, `http://127.0.0.1:${port}`, fallback);
    return self;
  }

  /** Responders for the next requests, in order; later requests get the fallback. */
  reply(...responders: Responder[]): void {
    this.#queue.push(...responders);
  }

  /** Replaces the responder used when the queue is empty. */
  fallback(responder: Responder): void {
    this.#fallback = responder;
  }

  /** Resolves once `count` requests in total have arrived. */
  waitFor(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  reset(): void {
    this.received.length = 0;
    this.#queue.length = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
