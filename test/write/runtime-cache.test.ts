/**
 * The compiled and formatted runtime is cached on disk: a hit gives the same bytes as making it, a
 * corrupt entry is made again and replaced. Each test uses its own cache folder, so it runs alone on
 * a fresh clone and never races other test files over the shared cache.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  cachedRuntime,
  emitRuntime,
  runtimeCacheFile,
  runtimeCacheKey,
} from "../../generator/emit/runtime.js";
import { formatFiles } from "../../generator/format.js";

const dir = mkdtempSync(path.join(tmpdir(), "runtime-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runtime cache", () => {
  it("is keyed by content, made again when corrupt, and holds what making it gives", async () => {
    const cacheDir = pathToFileURL(path.join(dir, "a") + "/");
    const key = await runtimeCacheKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await runtimeCacheKey()).toBe(key);

    const fresh = await formatFiles(await emitRuntime());
    expect(fresh.map((f) => f.path)).toContain("runtime/index.js");
    expect(fresh.map((f) => f.path)).toContain("runtime/index.d.ts");
    const marked = fresh.map((f) => ({ ...f, preformatted: true }));

    // A miss (the folder does not even exist yet) makes and stores the entry.
    const make = vi.fn(async () => fresh);
    expect(await cachedRuntime(make, cacheDir)).toEqual(marked);
    expect(make).toHaveBeenCalledTimes(1);
    const file = runtimeCacheFile(key, cacheDir);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(
      fresh.map((f) => ({ path: f.path, contents: f.contents })),
    );

    // A hit reads it back.
    const again = vi.fn(async () => fresh);
    expect(await cachedRuntime(again, cacheDir)).toEqual(marked);
    expect(again).not.toHaveBeenCalled();

    // A corrupt entry is made again and replaced.
    writeFileSync(file, "{ not json");
    const remake = vi.fn(async () => fresh);
    expect(await cachedRuntime(remake, cacheDir)).toEqual(marked);
    expect(remake).toHaveBeenCalledTimes(1);
    expect(readFileSync(file, "utf8")).not.toBe("{ not json");
  });

  it("the key does not depend on the current folder", async () => {
    const key = await runtimeCacheKey();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await runtimeCacheKey()).toBe(key);
    } finally {
      process.chdir(cwd);
    }
  });
});
