/**
 * The big CommonJS dependencies, loaded with require(). Imported from ESM, Node first runs its
 * export-name scanner over their source (typescript.js is 9 MB): ~0.3 s for typescript and ~0.1 s
 * for ts-morph, on every run. (openapi-typescript stays an ESM import: its CommonJS build
 * require()s ESM-only packages, which Node 20 before 20.19 cannot do.)
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadTsMorph(): typeof import("ts-morph") {
  return require("ts-morph") as typeof import("ts-morph");
}

export function loadTypeScript(): typeof import("typescript") {
  return require("typescript") as typeof import("typescript");
}
