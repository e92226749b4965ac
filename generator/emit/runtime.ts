/**
 * The hand-written runtime (templates/runtime), copied unchanged: compiled to .js + .d.ts and
 * formatted, without the header (the caller adds it).
 *
 * It does not depend on the spec, so it is made once and cached on disk
 * (`node_modules/.cache/openapi-generator/runtime-<key>.json`). The key is a sha256 over
 * everything the bytes depend on, by content only (no absolute path, so a moved checkout keeps its
 * cache): the template files, the source of the code that compiles and formats them (this file,
 * compile, format) and the versions of ts-morph (its TypeScript) and prettier. Entries are written beside their
 * place and renamed in, so concurrent runs never read half an entry. A missing, unreadable or
 * corrupt entry is made again; a cache that cannot be written is skipped. Either way the output is
 * the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { EmittedFile } from "../model/types.js";
import { compileTypeScript, type TypeScriptSource } from "./compile.js";

const RUNTIME_DIR = new URL("../../templates/runtime/", import.meta.url);
/** The default cache folder (tests pass their own). */
export const CACHE_DIR = new URL("../../node_modules/.cache/openapi-generator/", import.meta.url);
/** Run from source (tsx) the generator's own files end in .ts, built they end in .js. */
const EXT = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
const TOOL_SOURCES = [
  new URL(`./runtime${EXT}`, import.meta.url),
  new URL(`./compile${EXT}`, import.meta.url),
  new URL(`../format${EXT}`, import.meta.url),
];
const TOOL_PACKAGES = ["ts-morph", "prettier"];
/** Where the build leaves the runtime (dist/runtime.json; see build-info.ts). */
export const PREBUILT = new URL("../runtime.json", import.meta.url);

/**
 * The runtime as the build made it (`npm run build` writes dist/runtime.json, compiled and
 * formatted, marked `preformatted`), or undefined when run from source.
 */
export async function prebuiltRuntime(): Promise<EmittedFile[] | undefined> {
  if (EXT !== ".js") return undefined;
  return readFile(PREBUILT, "utf8").then(parseEntry, () => undefined);
}

/** The runtime compiled, not formatted, without the header (the cache's miss path). */
export async function emitRuntime(): Promise<EmittedFile[]> {
  return compileTypeScript(await readRuntimeTemplates(), "");
}

/**
 * The compiled and formatted runtime, marked `preformatted`: from the cache, else from `make`
 * (which compiles and formats `emitRuntime()`), then stored.
 */
export async function cachedRuntime(
  make: () => Promise<EmittedFile[]>,
  cacheDir: URL = CACHE_DIR,
): Promise<EmittedFile[]> {
  const key = await runtimeCacheKey().catch(() => undefined);
  if (key === undefined) return make();
  const file = runtimeCacheFile(key, cacheDir);
  const cached = await readFile(file, "utf8").then(parseEntry, () => undefined);
  if (cached) return cached;
  const files = (await make()).map((f) => ({ ...f, preformatted: true }));
  await store(file, files).catch(() => undefined);
  return files;
}

/** Where the cache entry for `key` lives. */
export function runtimeCacheFile(key: string, cacheDir: URL = CACHE_DIR): URL {
  return new URL(`runtime-${key}.json`, cacheDir);
}

export async function runtimeCacheKey(): Promise<string> {
  const hash = createHash("sha256");
  const add = (label: string, text: string): void => {
    hash.update(`${label}\u0000${text.length}\u0000${text}\u0000`);
  };
  for (const source of await readRuntimeTemplates()) add(source.path, source.source);
  for (const url of TOOL_SOURCES) add(basename(url), await readFile(url, "utf8"));
  const require = createRequire(import.meta.url);
  for (const name of TOOL_PACKAGES) {
    const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), "utf8"));
    add(name, String((manifest as { version?: unknown }).version));
  }
  return hash.digest("hex").slice(0, 32);
}

function basename(url: URL): string {
  return url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
}

function parseEntry(text: string): EmittedFile[] | undefined {
  try {
    const files: unknown = JSON.parse(text);
    if (!Array.isArray(files) || files.length === 0) return undefined;
    const ok = files.every(
      (f) =>
        typeof f === "object" &&
        f !== null &&
        typeof (f as EmittedFile).path === "string" &&
        typeof (f as EmittedFile).contents === "string",
    );
    return ok
      ? (files as EmittedFile[]).map((f) => ({
          path: f.path,
          contents: f.contents,
          preformatted: true,
        }))
      : undefined;
  } catch {
    return undefined;
  }
}

/** Written beside the entry and renamed into place: readers never see half a file. */
async function store(file: URL, files: readonly EmittedFile[]): Promise<void> {
  await mkdir(new URL(".", file), { recursive: true });
  const temp = `${fileURLToPath(file)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  const entries = files.map((f) => ({ path: f.path, contents: f.contents }));
  try {
    await writeFile(temp, JSON.stringify(entries));
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

async function readRuntimeTemplates(): Promise<TypeScriptSource[]> {
  const names = (await readdir(RUNTIME_DIR))
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".d.ts"))
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      path: `runtime/${name.slice(0, -3)}`,
      source: await readFile(new URL(name, RUNTIME_DIR), "utf8"),
    })),
  );
}
