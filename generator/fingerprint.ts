/**
 * What the generator's output depends on besides the spec and the options: its own code and
 * templates, and the versions of the tools it runs. Recorded in the output's manifest, so a
 * changed generator never takes the no-op fast path.
 *
 * In a checkout (the `generator/` sources are there) it is a hash over those sources and
 * `templates/`; a built, installed copy reads the same hash from `build-info.json`, written by
 * `npm run build` beside the compiled code.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = new URL("../", import.meta.url);
const BUILD_INFO = new URL("./build-info.json", import.meta.url);
const TOOLS = [
  "@redocly/openapi-core",
  "ajv",
  "ajv-formats",
  "openapi-typescript",
  "prettier",
  "ts-morph",
  "typescript",
  "yaml",
];

export interface GeneratorIdentity {
  readonly name: string;
  readonly version: string;
  /** sha256 (16 hex) over the generator's sources, templates and tool versions. */
  readonly build: string;
}

export interface BuildInfo {
  readonly sources: string;
}

const sourceHashes = new Map<string, Promise<string | undefined>>();

/**
 * Hash over `generator/` and `templates/` (relative path + bytes), or undefined when absent.
 * Computed once per process (the executable's freshness check and the manifest both ask).
 */
export function hashSources(root: URL = PACKAGE_ROOT): Promise<string | undefined> {
  let hash = sourceHashes.get(root.href);
  if (!hash) sourceHashes.set(root.href, (hash = computeSourceHash(root)));
  return hash;
}

async function computeSourceHash(root: URL): Promise<string | undefined> {
  const hash = createHash("sha256");
  let found = false;
  for (const folder of ["generator", "templates"]) {
    const base = fileURLToPath(new URL(`${folder}/`, root));
    const names = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = names
      .filter((e) => e.isFile())
      .map((e) => `${e.parentPath ?? e.path}/${e.name}`.slice(base.length).replaceAll("\\", "/"))
      .sort();
    for (const rel of files) {
      found ||= folder === "generator";
      const bytes = await readFile(base + rel);
      hash.update(`${folder}/${rel}\0${bytes.length}\0`).update(bytes);
    }
  }
  return found ? hash.digest("hex") : undefined;
}

export async function readBuildInfo(): Promise<BuildInfo | undefined> {
  try {
    return JSON.parse(await readFile(BUILD_INFO, "utf8")) as BuildInfo;
  } catch {
    return undefined;
  }
}

let identity: Promise<GeneratorIdentity> | undefined;

export function generatorIdentity(): Promise<GeneratorIdentity> {
  identity ??= computeIdentity();
  return identity;
}

async function computeIdentity(): Promise<GeneratorIdentity> {
  const manifest = JSON.parse(await readFile(new URL("package.json", PACKAGE_ROOT), "utf8")) as {
    name: string;
    version: string;
  };
  const sources = (await hashSources()) ?? (await readBuildInfo())?.sources ?? "unknown";
  const hash = createHash("sha256").update(sources);
  const require = createRequire(import.meta.url);
  for (const tool of TOOLS) hash.update(`\0${tool}@${toolVersion(require, tool)}`);
  return { name: manifest.name, version: manifest.version, build: hash.digest("hex").slice(0, 16) };
}

function toolVersion(require: NodeJS.Require, name: string): string {
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "?";
  }
}
