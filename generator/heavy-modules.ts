/**
 * The TypeScript compiler, loaded with require(). Imported from ESM, Node first runs its
 * export-name scanner over the source (typescript.js is 9 MB): ~0.3 s on every run.
 * (openapi-typescript stays an ESM import: its CommonJS build require()s ESM-only packages, which
 * Node 20 before 20.19 cannot do.)
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function loadTypeScript(): typeof import("typescript") {
  return require("typescript") as typeof import("typescript");
}
