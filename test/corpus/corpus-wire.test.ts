/**
 * Three public specs from ../shared/corpus, generated and driven on the wire against a loopback
 * server: petstore-expanded (form-exploded array query, no auth), twilio-api-v2010 (HTTP Basic,
 * form bodies) and figma (an API key header, else OAuth2 as Bearer). Each package behaves as its
 * own spec says, with the runtime's default retry policy and neutral errors, and names no Stripe.
 * Skipped when the corpus is absent.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../generator/index.js";
import { RecordingServer, type Received, type Responder } from "../consumer/support.js";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const present = existsSync(path.join(corpusDir, "MANIFEST.json"));

const SPECS = {
  petstore: { file: "oai-petstore-expanded/petstore-expanded.yaml" },
  twilio: { file: "twilio-api-v2010/twilio_api_v2010.json" },
  figma: { file: "figma/openapi.yaml" },
} as const;
type Name = keyof typeof SPECS;

/** The generated packages, loaded as a consumer would (typed loosely: their types are per spec). */
type Method = (
  ...args: unknown[]
) => Promise<Record<string, unknown> & { lastResponse: { requestId?: string } }>;
type Package = {
  createClient: (options?: Record<string, unknown>) => Record<string, Record<string, Method>>;
  ApiError: new (...args: never[]) => Error;
  NotFoundError: Function;
  InternalServerError: Function;
  RequestValidationError: Function;
};

let out = "";
const packages = {} as Record<Name, Package>;
let server: RecordingServer;

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
  return (_got, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
}

describe.skipIf(!present)("corpus packages on the wire", () => {
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), "corpus-wire-"));
    for (const [name, spec] of Object.entries(SPECS) as [Name, (typeof SPECS)[Name]][]) {
      const dir = path.join(out, name);
      const result = await run({
        spec: path.join(corpusDir, spec.file),
        out: dir,
        check: false,
      });
      expect(result.exitCode, name).toBe(0);
      packages[name] = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Package;
    }
    server = await RecordingServer.start(reply(200, {}));
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (out) await rm(out, { recursive: true, force: true });
  });
  beforeEach(() => server.reset());

  function only(): Received {
    expect(server.received).toHaveLength(1);
    return server.received[0]!;
  }

  describe("petstore-expanded", () => {
    it("createClient needs no credential; findPets sends tags=a&tags=b (form, exploded)", async () => {
      server.reply(reply(200, [{ id: 1, name: "Rex" }]));
      const client = packages.petstore.createClient({ baseUrl: server.url });
      await client.default!.findPets!({ tags: ["dog", "cat"], limit: 5 });
      const got = only();
      expect(got.method).toBe("GET");
      expect(got.path).toBe("/pets");
      expect(got.query).toBe("tags=dog&tags=cat&limit=5");
      expect(got.headers.authorization).toBeUndefined();
    });

    it("an integer path id, a JSON body, and no retry of a POST (no idempotency header) on 503", async () => {
      const client = packages.petstore.createClient({ baseUrl: server.url });
      server.reply(reply(200, { id: 7, name: "Rex" }));
      await client.default!.findPetById!(7);
      expect(only().path).toBe("/pets/7");
      server.reset();
      server.reply(reply(503, { code: 503, message: "busy" }));
      const error = await client.default!.addPet!({ name: "Rex", tag: "dog" }).catch((e) => e);
      expect(error).toBeInstanceOf(packages.petstore.InternalServerError);
      expect((error as Error).message).toBe("busy");
      const got = only();
      expect(got.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(got.body)).toEqual({ name: "Rex", tag: "dog" });
    });

    it("a 404 is a NotFoundError with the spec's message and the X-Request-Id", async () => {
      server.reply(reply(404, { code: 404, message: "no such pet" }, { "x-request-id": "r-1" }));
      const client = packages.petstore.createClient({ baseUrl: server.url, maxRetries: 0 });
      const error = (await client.default!.findPetById!(9).catch((e) => e)) as Record<
        string,
        unknown
      >;
      expect(error).toBeInstanceOf(packages.petstore.NotFoundError);
      expect(error.message).toBe("no such pet");
      expect(error.requestId).toBe("r-1");
    });
  });

  describe("twilio-api-v2010", () => {
    const sid = "AC0123456789abcdef0123456789abcdef";
    const token = "twilio_auth_TOKEN_secret";

    it("HTTP Basic from { username, password }; form body with exploded arrays", async () => {
      server.reply(reply(201, { sid: "SM1" }));
      const client = packages.twilio.createClient({
        baseUrl: server.url,
        accountSidAuthToken: { username: sid, password: token },
      });
      await client.api20100401Message!.createMessage!(sid, {
        To: "+15558675310",
        From: "+15017122661",
        Body: "Hi",
        MediaUrl: ["https://a.test/1.png", "https://a.test/2.png"],
      });
      const got = only();
      expect(got.path).toBe(`/2010-04-01/Accounts/${sid}/Messages.json`);
      expect(got.headers.authorization).toBe(
        `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`,
      );
      expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(got.body).toBe(
        "To=%2B15558675310&From=%2B15017122661&Body=Hi" +
          "&MediaUrl=https%3A%2F%2Fa.test%2F1.png&MediaUrl=https%3A%2F%2Fa.test%2F2.png",
      );
    });

    it("a missing credential fails before sending; the password never shows in an error", async () => {
      expect(() => packages.twilio.createClient({ baseUrl: server.url })).toThrow(
        "Invalid accountSidAuthToken",
      );
      server.reply((got, res) => {
        res.writeHead(401, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: 20003, message: `bad ${got.headers.authorization}` }));
      });
      const client = packages.twilio.createClient({
        baseUrl: server.url,
        accountSidAuthToken: { username: sid, password: token },
      });
      const error = (await client.api20100401Account!.fetchAccount!(sid).catch((e) => e)) as Error;
      expect(error.message).toBe("bad Basic [REDACTED]");
      expect(JSON.stringify(error)).not.toContain(token);
    });
  });

  describe("figma", () => {
    it("the X-Figma-Token header from personalAccessToken, else OAuth2 as Bearer", async () => {
      server.reply(reply(200, { id: "u1" }), reply(200, { id: "u1" }));
      const withToken = packages.figma.createClient({
        baseUrl: server.url,
        personalAccessToken: "figd_token",
      });
      await withToken.users!.getMe!();
      const withOAuth = packages.figma.createClient({ baseUrl: server.url, oAuth2: "oauth_at" });
      await withOAuth.users!.getMe!();
      const [a, b] = server.received;
      expect(a!.headers["x-figma-token"]).toBe("figd_token");
      expect(a!.headers.authorization).toBeUndefined();
      expect(b!.headers.authorization).toBe("Bearer oauth_at");
      expect(b!.headers["x-figma-token"]).toBeUndefined();
    });

    it("a scalar query and a path id; a call without any credential fails, naming the options", async () => {
      const client = packages.figma.createClient({ baseUrl: server.url, personalAccessToken: "t" });
      server.reply(reply(200, { name: "File" }));
      await client.files!.get!("abc", { ids: "1:2,3:4", depth: 2 });
      const got = only();
      expect(got.path).toBe("/v1/files/abc");
      expect(got.query).toBe("ids=1%3A2%2C3%3A4&depth=2");
      const anonymous = packages.figma.createClient({ baseUrl: server.url });
      const error = (await anonymous.users!.getMe!().catch((e) => e)) as Error;
      expect(error).toBeInstanceOf(packages.figma.RequestValidationError);
      expect(error.message).toContain("set `personalAccessToken`, or `oAuth2`");
    });
  });

  it("names no Stripe in the emitted runtime, types or client of any of them", async () => {
    for (const name of Object.keys(SPECS)) {
      const dir = path.join(out, name);
      const files = [
        ...(await readdir(path.join(dir, "runtime"))).map((f) => path.join("runtime", f)),
        "types.d.ts",
        "client.js",
        "client.d.ts",
      ];
      for (const file of files) {
        const text = await readFile(path.join(dir, file), "utf8");
        expect(text.match(/stripe/i)?.[0], `${name}/${file}`).toBeUndefined();
      }
    }
  });
});
