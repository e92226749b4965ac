/**
 * The generated package as a consumer gets it: `npm install` of the generated/ folder into a fresh
 * project under os.tmpdir(), then plain `node` (no tsx, no loaders) runs scripts that import it by
 * its package name against a loopback server, and `tsc --strict` compiles a consumer's TypeScript.
 *
 * The install uses `--install-links`: npm then packs the folder and unpacks it into node_modules,
 * as it would a published tarball. Without it npm links node_modules/stripe-sources-client to
 * generated/, Node resolves the package's own imports from that real path, and the repository's
 * node_modules (ajv included) would be visible to it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, lstat, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  API_KEY,
  FIXTURES,
  GENERATED,
  RecordingServer,
  ROOT,
  errorExample,
  json,
  successExamples,
  type OperationId,
  type Received,
  type Responder,
} from "./support.js";

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment minus npm's per-run settings (npm_config_local_prefix would point npm at the
 * repository) and NODE_OPTIONS (no loaders or flags for the consumer's node). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) && name !== "NODE_OPTIONS") env[name] = value;
  }
  return { ...env, ...extra };
}

/** Runs a command without blocking the event loop (the loopback server lives in this process). */
function run(file: string, args: readonly string[], cwd: string, env = cleanEnv()): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env, encoding: "utf8", timeout: 40_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(relative(base, full));
  }
  return out.sort();
}

/**
 * tsc 5.9, not TypeScript 7: this test asserts error codes, and tsgo elaborates two of them
 * differently (TS2741 where 5.9 says TS2345, lines 114 and 126 of usage-stripped.ts).
 */
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const generatedPackage = JSON.parse(await readFile(join(GENERATED, "package.json"), "utf8")) as {
  name: string;
  version: string;
};

const project = await mkdtemp(join(tmpdir(), "stripe-sources-consumer-"));
let install: Run & { readonly offline: boolean };
let typecheck: Promise<Run>;
/** `// @ts-expect-error TS1234 ...` directives of usage.ts: line of the code below → TS code. */
const expectedErrors: string[] = [];

beforeAll(async () => {
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({
      name: "consumer",
      private: true,
      type: "module",
      dependencies: { [generatedPackage.name]: `file:${GENERATED}` },
    }),
  );
  const flags = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--install-links"];
  // The folder has no dependencies, so no network is needed; fall back for npms that refuse.
  const offline = await run("npm", [...flags, "--offline"], project);
  install =
    offline.code === 0
      ? { ...offline, offline: true }
      : { ...(await run("npm", flags, project)), offline: false };

  for (const name of ["client.mjs", "validators.mjs", "usage.ts"]) {
    await copyFile(join(FIXTURES, name), join(project, name));
  }
  // usage.ts must compile; its copy without the directives must fail on exactly those lines.
  const usage = (await readFile(join(FIXTURES, "usage.ts"), "utf8")).split("\n");
  const stripped = usage.map((line, i) => {
    const m = /^\s*\/\/ @ts-expect-error (TS\d+)\b/.exec(line);
    if (!m) return line;
    expectedErrors.push(`usage-stripped.ts:${i + 2} ${m[1]}`);
    return "// (directive removed)";
  });
  await writeFile(join(project, "usage-stripped.ts"), stripped.join("\n"));
  await writeFile(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022", "DOM"],
        types: [],
        // The package's declarations are checked; TypeScript's own lib files are not (saves ~3 s).
        skipLibCheck: false,
        skipDefaultLibCheck: true,
      },
      files: ["usage.ts", "usage-stripped.ts"],
    }),
  );
  // Started now, awaited by its test: it overlaps with the node runs.
  if (install.code === 0) {
    typecheck = run(process.execPath, [TSC, "-p", "tsconfig.json", "--pretty", "false"], project);
  }
});

afterAll(async () => {
  await typecheck?.catch(() => undefined);
  await rm(project, { recursive: true, force: true });
});

describe("npm install of generated/", () => {
  it("installs a copy of the package (not a link) with every file of generated/", async () => {
    expect(install.stderr + install.stdout).not.toMatch(/ERR!/);
    expect(install.code, `npm install (offline: ${install.offline})`).toBe(0);
    const installed = join(project, "node_modules", generatedPackage.name);
    const stat = await lstat(installed);
    expect(stat.isSymbolicLink()).toBe(false);
    expect(stat.isDirectory()).toBe(true);
    expect(await listFiles(installed)).toEqual(await listFiles(GENERATED));
    const manifest = JSON.parse(await readFile(join(installed, "package.json"), "utf8")) as {
      name: string;
      version: string;
      dependencies?: unknown;
    };
    expect(manifest.name).toBe("stripe-sources-client");
    expect(manifest.version).toBe(generatedPackage.version);
    expect(manifest.dependencies).toBeUndefined();
    // Nothing but the package itself was installed.
    const modules = (await readdir(join(project, "node_modules"))).filter(
      (n) => !n.startsWith("."),
    );
    expect(modules).toEqual(["stripe-sources-client"]);
  });
});

describe("plain node imports the package by name", () => {
  const examples = successExamples();
  const KEY_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const routes: [string, RegExp, OperationId][] = [
    ["POST", /^\/v1\/sources$/, "CreateSource"],
    ["GET", /^\/v1\/sources\/[^/]+$/, "RetrieveSource"],
    ["POST", /^\/v1\/sources\/[^/]+$/, "UpdateSource"],
    ["POST", /^\/v1\/customers\/[^/]+\/sources$/, "AttachSource"],
    ["DELETE", /^\/v1\/customers\/[^/]+\/sources\/[^/]+$/, "DetachSource"],
  ];
  const router: Responder = (got, res) => {
    if (got.path === "/v1/sources/src_missing") {
      return json(404, errorExample(), { "request-id": "req_missing" })(got, res);
    }
    const route = routes.find(([method, path]) => method === got.method && path.test(got.path));
    if (!route) return json(500, { error: { type: "api_error", message: "no route" } })(got, res);
    const opId = route[2];
    return json(200, examples[opId], { "request-id": `req_${opId}` })(got, res);
  };

  interface Output {
    execArgv: string[];
    nodeOptions: string | null;
    results: Record<
      string,
      {
        value: unknown;
        enumerableKeys: string[];
        lastResponse: {
          status: number;
          requestId?: string;
          headers: Record<string, string>;
          idempotencyKey?: string;
        };
      }
    >;
    error: Record<string, unknown>;
    ajv: string;
  }

  let server: RecordingServer;
  let output: Output;
  let received: Received[];

  beforeAll(async () => {
    expect(install.code).toBe(0);
    server = await RecordingServer.start(router);
    const result = await run(
      process.execPath,
      ["client.mjs", server.url],
      project,
      cleanEnv({ STRIPE_API_KEY: API_KEY }),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    output = JSON.parse(result.stdout) as Output;
    received = server.received;
  });
  afterAll(() => server?.close());

  it("runs without loaders and sends six requests in order", () => {
    expect(output.execArgv).toEqual([]);
    expect(output.nodeOptions).toBeNull();
    expect(received.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/sources",
      "GET /v1/sources/src_1N3lxdLkdIwHu7ixPHXy8UcI",
      "POST /v1/sources/src_1N3lxdLkdIwHu7ixPHXy8UcI",
      "POST /v1/customers/cus_9s6XKzkNRiz8i3/sources",
      "DELETE /v1/customers/cus_9s6XKzkNRiz8i3/sources/src_1Nlghd2eZvKYlo2C6RFLJcv4",
      "GET /v1/sources/src_missing",
    ]);
  });

  it("sends the common headers on every request", () => {
    for (const got of received) {
      expect(got.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(got.headers.accept).toBe("application/json");
      expect(got.headers["user-agent"]).toBe(
        `stripe-sources-client/${generatedPackage.version} consumer-test/1.0`,
      );
    }
  });

  it("create: form body with literal brackets, Idempotency-Key generated", () => {
    const got = received[0]!;
    expect(got.query).toBeNull();
    expect(got.body).toBe(
      "type=ach_credit_transfer&currency=usd&owner[email]=jenny.rosen%40example.com" +
        "&owner[address][city]=Berlin&metadata[order_id]=6735",
    );
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["content-length"]).toBe(String(Buffer.byteLength(got.body)));
    expect(got.headers["idempotency-key"]).toMatch(KEY_RE);
    expect(got.headers["stripe-version"]).toBe("2025-04-30.preview");
    expect(got.headers["stripe-account"]).toBeUndefined();
  });

  it("retrieve: client_secret in the query, no body, no Content-Type, no Idempotency-Key", () => {
    const got = received[1]!;
    expect(got.query).toBe("client_secret=src_client_secret_ZaOIRUD8a9uGmQobLxGvqKSr");
    expect(got.body).toBe("");
    expect(got.headers["content-type"]).toBeUndefined();
    expect(got.headers["idempotency-key"]).toBeUndefined();
    expect(got.headers["stripe-version"]).toBe("2025-04-30.preview");
  });

  it("update: RFC 3986 encoding (space %20, plus %2B), the caller's Idempotency-Key", () => {
    const got = received[2]!;
    expect(got.query).toBeNull();
    expect(got.body).toBe(
      "metadata[order_id]=6735&owner[name]=Jenny%20Rosen&owner[email]=jenny%2B1%40example.com",
    );
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["idempotency-key"]).toBe("update-6735");
    expect(got.headers["stripe-version"]).toBe("2025-04-30.preview");
  });

  it("attach: source=src_123, a fresh Idempotency-Key, Stripe-Account from the request", () => {
    const got = received[3]!;
    expect(got.query).toBeNull();
    expect(got.body).toBe("source=src_123");
    expect(got.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(got.headers["idempotency-key"]).toMatch(KEY_RE);
    expect(got.headers["idempotency-key"]).not.toBe(received[0]!.headers["idempotency-key"]);
    expect(got.headers["stripe-account"]).toBe("acct_1Connected");
    expect(got.headers["stripe-version"]).toBe("2025-04-30.preview");
  });

  it("detach: DELETE without a body; the request's apiVersion overrides the client's", () => {
    const got = received[4]!;
    expect(got.query).toBeNull();
    expect(got.body).toBe("");
    expect(got.headers["content-type"]).toBeUndefined();
    expect(got.headers["idempotency-key"]).toBeUndefined();
    expect(got.headers["stripe-version"]).toBe("2024-06-20");
  });

  it("resolves to the seed response, with a non-enumerable lastResponse", () => {
    const byCall: Record<string, OperationId> = {
      create: "CreateSource",
      retrieve: "RetrieveSource",
      update: "UpdateSource",
      attach: "AttachSource",
      detach: "DetachSource",
    };
    expect(Object.keys(output.results)).toEqual(Object.keys(byCall));
    for (const [call, opId] of Object.entries(byCall)) {
      const result = output.results[call]!;
      expect(result.value, call).toEqual(examples[opId]);
      expect(result.enumerableKeys, call).toEqual(Object.keys(examples[opId]));
      expect(result.lastResponse.status, call).toBe(200);
      expect(result.lastResponse.requestId, call).toBe(`req_${opId}`);
      expect(result.lastResponse.headers["request-id"], call).toBe(`req_${opId}`);
      expect(result.lastResponse.headers["content-type"], call).toBe("application/json");
    }
    const sentKey = (i: number) => received[i]!.headers["idempotency-key"];
    expect(output.results.create!.lastResponse.idempotencyKey).toBe(sentKey(0));
    expect(output.results.update!.lastResponse.idempotencyKey).toBe("update-6735");
    expect(output.results.attach!.lastResponse.idempotencyKey).toBe(sentKey(3));
    expect(output.results.retrieve!.lastResponse.idempotencyKey).toBeUndefined();
  });

  it("maps the spec's error example to InvalidRequestError, importable from the package", () => {
    const example = errorExample() as { error: Record<string, string> };
    expect(output.error).toEqual({
      name: "InvalidRequestError",
      isInvalidRequestError: true,
      isStripeError: true,
      isError: true,
      message: example.error.message,
      status: 404,
      type: "invalid_request_error",
      code: "resource_missing",
      param: "source",
      docUrl: example.error.doc_url,
      requestId: "req_missing",
    });
  });
});

describe("stripe-sources-client/validators", () => {
  it("works in a project without ajv", async () => {
    expect(install.code).toBe(0);
    // No node_modules/ajv anywhere Node could resolve it from.
    for (let dir = project; ; dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules", "ajv")), dir).toBe(false);
      if (dirname(dir) === dir) break;
    }
    const examples = Object.values(successExamples());
    await writeFile(join(project, "examples.json"), JSON.stringify(examples));
    const result = await run(process.execPath, ["validators.mjs", "examples.json"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output.ajv).toBe("ERR_MODULE_NOT_FOUND");
    expect(output.valid).toEqual(examples.map(() => true));
    expect(output.brokenValid).toBe(false);
    expect(output.brokenErrors).toContainEqual({ instancePath: "/status", keyword: "type" });
    expect(output.exported).toEqual(expect.arrayContaining(["validateSource", "validateAddress"]));
    // Only the declared entry points are importable.
    expect(output.internals).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });
});

describe("tsc --strict", () => {
  it("compiles a consumer of all five operations; each misuse is the expected error", async () => {
    expect(install.code).toBe(0);
    expect(expectedErrors.length).toBeGreaterThanOrEqual(5);
    const result = await typecheck;
    const diagnostics = result.stdout
      .split("\n")
      .filter((line) => line !== "" && !/^\s/.test(line)); // continuation lines are indented
    const parsed = diagnostics.map((line) => /^([^(]+)\((\d+),\d+\): error (TS\d+): /.exec(line));
    // Nothing outside the two files (the package's declarations included) and nothing in usage.ts.
    expect(
      diagnostics.filter((line, i) => parsed[i]?.[1] !== "usage-stripped.ts"),
      result.stdout,
    ).toEqual([]);
    const got = parsed.map((m) => `${m![1]}:${m![2]} ${m![3]}`);
    expect([...new Set(got)].sort(), result.stdout).toEqual([...expectedErrors].sort());
    expect(result.stderr).toBe("");
  });
});
