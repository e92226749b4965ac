/**
 * The compiled and formatted runtime is cached on disk (node_modules/.cache): a hit gives the same
 * bytes as making it, a corrupt entry is made again and replaced.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import {
  cachedRuntime,
  emitRuntime,
  runtimeCacheFile,
  runtimeCacheKey,
} from "../../generator/emit/runtime.js";
import { formatFiles } from "../../generator/format.js";

describe("runtime cache", () => {
  it("is keyed by content, made again when corrupt, and holds what making it gives", async () => {
    const key = await runtimeCacheKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await runtimeCacheKey()).toBe(key);

    const fresh = await formatFiles(await emitRuntime());
    expect(fresh.map((f) => f.path)).toContain("runtime/index.js");
    expect(fresh.map((f) => f.path)).toContain("runtime/index.d.ts");

    const file = runtimeCacheFile(key);
    writeFileSync(file, "{ not json");
    const make = vi.fn(async () => fresh);
    expect(await cachedRuntime(make)).toEqual(fresh);
    expect(make).toHaveBeenCalledTimes(1);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(fresh);

    const again = vi.fn(async () => fresh);
    expect(await cachedRuntime(again)).toEqual(fresh);
    expect(again).not.toHaveBeenCalled();
  });
});
