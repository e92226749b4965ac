/**
 * Where the generator may write (safe `--out`). It writes only into a folder that does not exist,
 * an empty one, or one it wrote itself (its manifest is there). It refuses, with a diagnostic
 * naming the folder and the flag that overrides:
 * - the spec's own folder or an ancestor of it, the file system root (never, not even forced);
 * - the current folder, its ancestors, and the project root (the nearest folder up from the current
 *   one holding package.json or .git), and a folder holding files it did not write — unless
 *   `--force`, and then it writes its files among the others and deletes none of them.
 */
import { existsSync } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "./diagnostics.js";
import { MANIFEST_FILE, readManifest, type Manifest } from "./manifest.js";

export interface OutputTarget {
  /** Where the files go, resolved. */
  readonly abs: string;
  /** The record of the last write, when the folder is the generator's. */
  readonly manifest?: Manifest;
  /** Files there the generator did not write (kept: the write is done in place, file by file). */
  readonly foreign: readonly string[];
}

export interface GuardOptions {
  readonly spec: string;
  readonly out: string;
  readonly force: boolean;
}

export async function guardOutput(options: GuardOptions): Promise<OutputTarget | Diagnostic> {
  const abs = path.resolve(options.out);
  const shown = displayDir(options.out);
  const specDir = path.dirname(path.resolve(options.spec));
  if (contains(abs, specDir) || path.dirname(abs) === abs) {
    return refuse(
      "output-protected",
      `refusing to write into ${shown}: it holds the spec ${options.spec}`,
      "Pass another folder with --out (--force does not override this).",
    );
  }
  const listed = await listFiles(abs);
  if (listed === "not-a-folder") {
    return {
      code: "output-not-directory",
      severity: "error",
      message: `the output path ${shown} exists and is not a folder`,
    };
  }
  const manifest = listed.length > 0 ? await readManifest(abs) : undefined;
  const foreign = listed.filter((f) => f !== MANIFEST_FILE && !(manifest && f in manifest.files));
  if (options.force) return { abs, manifest, foreign };
  const cwd = process.cwd();
  if (contains(abs, cwd) || abs === projectRoot(cwd)) {
    return refuse(
      "output-protected",
      `refusing to write into ${shown}: it is the project's folder (or holds it)`,
      "Pass another folder with --out, or --force to write there anyway (files of the names it writes are replaced, the others kept).",
    );
  }
  if (foreign.length > 0 && !manifest) {
    const names = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? ", …" : "");
    return refuse(
      "output-not-owned",
      `refusing to write into ${shown}: it holds ${foreign.length} file(s) the generator did not write (${names})`,
      `Pick an empty folder with --out, or pass --force to write there anyway (files of the names it writes are replaced, the others kept).`,
    );
  }
  return { abs, manifest, foreign };
}

function refuse(code: Diagnostic["code"], message: string, hint: string): Diagnostic {
  return { code, severity: "error", message, hint };
}

/** `dir` is `inner` or one of its ancestors. */
function contains(dir: string, inner: string): boolean {
  const rel = path.relative(dir, inner);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

function projectRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) || existsSync(path.join(dir, ".git")))
      return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Files under `abs` (relative, forward slashes, sorted); [] when it does not exist. */
async function listFiles(abs: string): Promise<string[] | "not-a-folder"> {
  const stat = await lstat(abs).catch(() => undefined);
  if (!stat) return [];
  if (!stat.isDirectory()) return "not-a-folder";
  const entries = await readdir(abs, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) =>
      path
        .relative(abs, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** `generated` → `generated/`, relative to the cwd with forward slashes. */
export function displayDir(dir: string): string {
  const rel = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join("/");
  return (rel === "" ? "." : rel) + "/";
}
