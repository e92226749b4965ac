/**
 * Reads `templates/validators/runtime.js` as text and returns the regions a generated module
 * needs, so `validators.js` is self-contained (no `require`, no import of ajv or ajv-formats).
 */
import { readFileSync } from "node:fs";

interface Region {
  readonly name: string;
  readonly requires: readonly string[];
  readonly code: string;
}

const RUNTIME_URL = new URL("../../../templates/validators/runtime.js", import.meta.url);

let cached: Map<string, Region> | undefined;

function regions(): Map<string, Region> {
  if (cached) return cached;
  const text = readFileSync(RUNTIME_URL, "utf8");
  const found = new Map<string, Region>();
  const pattern = /^\/\/ #region (\S+)(?: requires ([^\n]+))?\n([\s\S]*?)^\/\/ #endregion$/gm;
  for (const match of text.matchAll(pattern)) {
    const name = match[1] ?? "";
    const requires = (match[2] ?? "").split(/\s+/).filter(Boolean);
    found.set(name, { name, requires, code: (match[3] ?? "").trimEnd() });
  }
  cached = found;
  return found;
}

/** The binding a `format:<name>` region declares. */
export function formatBinding(name: string): string {
  return `__format_${name.replace(/[^A-Za-z0-9]/g, "_")}`;
}

export function hasFormatRegion(name: string): boolean {
  return regions().has(`format:${name}`);
}

/**
 * The code of the named regions and of everything they require, in the order of runtime.js
 * (dependencies come first there), each region once.
 */
export function runtimeCode(names: Iterable<string>): string {
  const all = regions();
  const wanted = new Set<string>();
  const add = (name: string): void => {
    if (wanted.has(name)) return;
    const region = all.get(name);
    if (!region) throw new Error(`runtime.js has no region ${JSON.stringify(name)}`);
    wanted.add(name);
    for (const dependency of region.requires) add(dependency);
  };
  for (const name of names) add(name);
  return [...all.values()]
    .filter((region) => wanted.has(region.name))
    .map((region) => region.code)
    .join("\n\n");
}
