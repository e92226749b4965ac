/**
 * The runtime is copied unchanged into generated packages and compiled file by file with
 * ts.transpileModule / ts.transpileDeclaration: every file must compile in isolation (isolated
 * declarations), import only siblings with `.js` extensions, and run as plain ESM.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { STRIPE_API } from "./stripe-dialect.js";

const dir = path.resolve(import.meta.dirname, "../../templates/runtime");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  strict: true,
  verbatimModuleSyntax: true,
};
const declarationOptions: ts.CompilerOptions = {
  ...compilerOptions,
  declaration: true,
  isolatedDeclarations: true,
};
const out = fs.mkdtempSync(path.join(os.tmpdir(), "runtime-emit-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

function messages(diagnostics: readonly ts.Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("runtime files compile in isolation", () => {
  it("has the expected files", () => {
    expect(files).toContain("index.ts");
    expect(files).toContain("descriptor.ts");
    expect(files).toContain("transport.ts");
  });

  for (const file of files) {
    it(`${file}: transpiles to .js and .d.ts without diagnostics; imports are ./*.js only`, () => {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      const js = ts.transpileModule(source, {
        compilerOptions,
        fileName: file,
        reportDiagnostics: true,
      });
      expect(messages(js.diagnostics)).toEqual([]);
      const dts = ts.transpileDeclaration(source, {
        compilerOptions: declarationOptions,
        fileName: file,
        reportDiagnostics: true,
      });
      expect(messages(dts.diagnostics)).toEqual([]);
      const specifiers = [...source.matchAll(/(?:import|export)[^;]*?from\s+"([^"]+)"/g)].map(
        (m) => m[1]!,
      );
      for (const s of specifiers) expect(s).toMatch(/^\.\/[a-z-]+\.js$/);
      expect(source).not.toMatch(/["']node:/);
      expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
      const base = file.replace(/\.ts$/, "");
      fs.writeFileSync(path.join(out, `${base}.js`), js.outputText);
      fs.writeFileSync(path.join(out, `${base}.d.ts`), dts.outputText);
    });
  }

  it("the compiled ESM runs: a request through a fake fetch", async () => {
    const runtime = (await import(
      pathToFileURL(path.join(out, "index.js")).href
    )) as typeof import("../../templates/runtime/index.js");
    const seen: { url: string; init: RequestInit }[] = [];
    const options = {
      apiKey: "sk_test_compiled",
      fetch: async (url: string, init: RequestInit) => {
        seen.push({ url, init });
        return new Response('{"id":"src_1"}', {
          status: 200,
          headers: { "request-id": "req_1" },
        });
      },
    };
    const transport = new runtime.Transport(options, {
      defaultBaseUrl: "https://api.example.test/",
      userAgent: "x/1",
      api: { ...STRIPE_API, errors: {} },
    });
    const op = {
      operationId: "PostSources",
      method: "POST",
      path: "/v1/sources/{source}",
      pathParams: ["source"],
      query: [],
      headers: [],
      optionHeaders: [],
      idempotencyHeader: "Idempotency-Key",
      security: [["bearerAuth"]],
      body: {
        mediaType: "application/x-www-form-urlencoded",
        encoding: "form" as const,
        merged: true,
        required: false,
        styles: { owner: { style: "deepObject", explode: true } },
      },
    };
    const result = await transport.request<{ id: string }>(op, ["src 1"], { owner: { name: "A" } });
    expect(result.id).toBe("src_1");
    expect(result.lastResponse.requestId).toBe("req_1");
    expect(seen[0]!.url).toBe("https://api.example.test/v1/sources/src%201");
    expect(seen[0]!.init.body).toBe("owner[name]=A");
    const headers = seen[0]!.init.headers as Headers;
    expect(headers.get("authorization")).toBe("Bearer sk_test_compiled");
    expect(headers.get("idempotency-key")).toMatch(/^[0-9a-f-]{36}$/);
    // Error classes a spec declares extend the runtime's base, named by the generated client.
    class CardError extends runtime.ApiError {}
    runtime.nameErrorClasses({ CardError });
    const error = new CardError("declined");
    expect(error).toBeInstanceOf(runtime.ApiError);
    expect(String(error)).toBe("CardError: declined");
  });
});
