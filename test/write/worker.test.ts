/**
 * The pipeline's worker thread does its tasks itself (a failing worker falls back to the main
 * thread silently, so a broken worker would only show as a slow generator), and its results are
 * the in-process ones byte for byte.
 */
import { describe, expect, it } from "vitest";
import { load } from "../../generator/load.js";
import { buildModel } from "../../generator/model/build.js";
import { inProcessWorker, startWorker } from "../../generator/worker-client.js";

describe("worker thread", () => {
  it("makes the runtime, the types and formats files without falling back", async () => {
    const loaded = await load("test/fixtures/specs/hostile.yaml");
    const model = buildModel(loaded.spec!).model!;
    const files = [{ path: "a.ts", contents: "export const a   =  { b: 1 }" }];
    const worker = startWorker();
    const local = inProcessWorker();
    try {
      const [runtime, types, formatted] = await Promise.all([
        worker.runtime(),
        worker.emitTypes(model),
        worker.format(files),
      ]);
      expect(worker.fallbacks).toBe(0);
      expect(runtime).toEqual(await local.runtime());
      expect(runtime.map((f) => f.path)).toContain("runtime/transport.js");
      expect(types).toEqual(await local.emitTypes(model));
      expect(formatted).toEqual([{ path: "a.ts", contents: "export const a = { b: 1 };\n" }]);
    } finally {
      await worker.close();
    }
  });

  it("compiles on the worker, or on the main thread when it claims the job first", async () => {
    const sources = [
      { path: "client", source: "export const a: number = 1;\nexport class B { #c = 2; }\n" },
    ];
    const local = await inProcessWorker().compile(sources, "// h\n");
    expect(local.map((f) => f.path)).toEqual(["client.js", "client.d.ts"]);

    const early = startWorker();
    try {
      // Claimed at once, while the worker is still loading its modules.
      const compiled = early.compile(sources, "// h\n");
      await early.help();
      expect(early.helped).toBe(1);
      expect(await compiled).toEqual(local);
      expect(early.fallbacks).toBe(0);
    } finally {
      await early.close();
    }

    const late = startWorker();
    try {
      expect(await late.compile(sources, "// h\n")).toEqual(local);
      expect(late.helped).toBe(0);
      expect(late.fallbacks).toBe(0);
    } finally {
      await late.close();
    }
  });
});
