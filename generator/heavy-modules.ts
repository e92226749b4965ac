/**
 * The big dependencies, each loaded once, only by the stage that needs it.
 *
 * CommonJS packages are taken with require(): imported from ESM, Node first runs its export-name
 * scanner over their source (typescript.js is 9 MB). openapi-typescript is taken through its
 * CommonJS transform (`dist/transform/index.cjs`), not its entry: the entry loads Redocly to lint
 * and bundle again a document we already bundled and checked.
 *
 * Prettier is loaded only if a file reaches the format stage unformatted (no emitter's file does
 * today), so a generate does not load it.
 */
import { Module, createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export type TsMorph = typeof import("ts-morph");
export type TypeScript = typeof import("typescript");
export type Prettier = typeof import("prettier");

export function loadTsMorph(): TsMorph {
  return require("ts-morph") as TsMorph;
}

/**
 * One TypeScript for the whole run: the copy ts-morph bundles (the client emitter needs ts-morph,
 * and loading a second TypeScript costs about 0.4 s). The compile step and openapi-typescript use
 * it too (see `loadOpenapiTypescript`); the output bytes are the same as with the project's 5.9
 * (the goldens, generated/ and the corpus packages were compared when this was adopted).
 */
export function loadTypeScript(): TypeScript {
  return loadTsMorph().ts as unknown as TypeScript;
}

/** The parts of openapi-typescript the types emitter calls (its transform, no Redocly pass). */
export interface OpenapiTypescript {
  readonly transformSchema: (schema: unknown, ctx: unknown) => unknown[];
  readonly astToString: (ast: unknown) => string;
  readonly scanDiscriminators: (schema: unknown, options: unknown) => unknown;
  readonly resolveRef: (schema: unknown, ref: string, options: { silent: boolean }) => unknown;
}

export function loadOpenapiTypescript(): OpenapiTypescript {
  const dist = path.dirname(require.resolve("openapi-typescript"));
  shareTypeScript(path.join(dist, "index.cjs"));
  const transform = require(path.join(dist, "transform/index.cjs")) as (
    schema: unknown,
    ctx: unknown,
  ) => unknown[];
  const ts = require(path.join(dist, "lib/ts.cjs")) as Pick<OpenapiTypescript, "astToString">;
  const utils = require(path.join(dist, "lib/utils.cjs")) as Pick<
    OpenapiTypescript,
    "scanDiscriminators" | "resolveRef"
  >;
  return {
    transformSchema: transform,
    astToString: ts.astToString,
    scanDiscriminators: utils.scanDiscriminators,
    resolveRef: utils.resolveRef,
  };
}

/**
 * Makes `require("typescript")` from `fromFile` return `loadTypeScript()` instead of loading
 * another copy: the module registry entry is filled before openapi-typescript asks for it.
 */
function shareTypeScript(fromFile: string): void {
  const key = createRequire(fromFile).resolve("typescript");
  if (require.cache[key]) return;
  const shared = new Module(key);
  shared.filename = key;
  shared.loaded = true;
  shared.exports = loadTypeScript();
  require.cache[key] = shared;
}

let prettier: Promise<Prettier> | undefined;

export function loadPrettier(): Promise<Prettier> {
  prettier ??= import("prettier");
  return prettier;
}
