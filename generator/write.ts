/**
 * writeOutput(): make the output folder hold the emitted files (the manifest among them), and none
 * of the files the previous manifest listed that are no longer emitted. Files the generator did not
 * write (`foreign`, only there under `--force`) are never touched.
 *
 * A folder that holds only the generator's files is written all-or-nothing: the new tree is rendered
 * into a temporary folder beside it (`.<name>.tmp-<pid>-<random>`, same parent, so same file system),
 * then swapped in with two renames; on any failure before the swap the output folder is untouched
 * and the temporary folder is removed. Unchanged files are carried over as hard links (same inode,
 * same mtime), or copied with their mtime restored where links fail. A folder shared with foreign
 * files is written in place, file by file (each one written beside and renamed in), the manifest
 * last. When nothing changed, nothing is touched (mtimes stay).
 *
 * `check: true` writes nothing and lists what would change: files that differ, are missing, or would
 * be removed.
 */
import { randomBytes } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import {
  copyFile,
  link,
  lstat,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  utimes,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { DiagnosticError } from "./diagnostics.js";
import { MANIFEST_FILE } from "./manifest.js";
import type { EmittedFile } from "./model/types.js";

export interface WriteResult {
  /** Under `check`: files (relative, sorted) that differ, are missing, or would be removed. */
  stale: string[];
  /** Files (relative, sorted) written or removed. */
  written: string[];
}

interface Existing {
  readonly abs: string;
  /** Regular file (anything else — symlink, socket — is replaced, never followed). */
  readonly regular: boolean;
  readonly size: number;
}

/** Reject anything that could land outside the output folder. Throws: it is a generator bug. */
export function assertSafeRelativePath(file: string): void {
  const bad =
    file === "" ||
    file.includes("\\") ||
    file.includes("\0") ||
    file.startsWith("/") ||
    /^[a-zA-Z]:/.test(file) ||
    file.split("/").some((seg) => seg === "" || seg === "." || seg === "..");
  if (bad)
    throw new Error(
      `refusing to write ${JSON.stringify(file)}: not a plain relative path inside the output folder`,
    );
}

export interface WriteOptions {
  readonly check: boolean;
  /** Files in the folder the generator did not write: kept, and the folder is written in place. */
  readonly foreign?: readonly string[];
}

export async function writeOutput(
  files: readonly EmittedFile[],
  outDir: string,
  options: WriteOptions,
): Promise<WriteResult> {
  const wanted = new Map<string, Buffer>();
  for (const file of files) {
    assertSafeRelativePath(file.path);
    if (wanted.has(file.path)) throw new Error(`two emitted files share the path ${file.path}`);
    wanted.set(file.path, Buffer.from(file.contents, "utf8"));
  }

  const absOut = path.resolve(outDir);
  const foreign = new Set(options.foreign ?? []);
  const existing = await listExisting(absOut, outDir, foreign);

  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [rel, bytes] of wanted) {
    const current = existing?.get(rel);
    if (current && (await sameContents(current, bytes))) unchanged.push(rel);
    else changed.push(rel);
  }
  const extra = existing ? [...existing.keys()].filter((rel) => !wanted.has(rel)) : [];
  const differences = [...changed, ...extra].sort(compareStrings);

  if (options.check) return { stale: differences, written: [] };
  if (differences.length === 0 && existing) return { stale: [], written: [] };

  if (foreign.size > 0) {
    await writeInPlace(absOut, wanted, new Set(changed), extra);
  } else {
    guardSwap(absOut, outDir);
    await swapIn(absOut, wanted, new Set(unchanged), existing);
  }
  return { stale: [], written: differences };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The swap replaces the folder wholesale: never the cwd, one of its ancestors, or `/` (run()'s
 * guard refuses those first; this is the writer's own line of defence).
 */
function guardSwap(absOut: string, outDir: string): void {
  const rel = path.relative(absOut, process.cwd());
  const containsCwd = rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  if (containsCwd || path.dirname(absOut) === absOut) {
    throw new DiagnosticError([
      {
        code: "output-protected",
        severity: "error",
        message: `refusing to replace ${outDir}: it holds the current folder`,
      },
    ]);
  }
}

/** Changed files written beside and renamed in, one by one, the manifest last; extras removed. */
async function writeInPlace(
  absOut: string,
  wanted: ReadonlyMap<string, Buffer>,
  changed: ReadonlySet<string>,
  extra: readonly string[],
): Promise<void> {
  const order = [...changed].sort((a, b) =>
    a === MANIFEST_FILE ? 1 : b === MANIFEST_FILE ? -1 : compareStrings(a, b),
  );
  for (const rel of order) {
    const dest = path.join(absOut, ...rel.split("/"));
    await mkdir(path.dirname(dest), { recursive: true });
    const temp = `${dest}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await writeFile(temp, wanted.get(rel)!, { flag: "wx" });
      await rename(temp, dest);
    } finally {
      await rm(temp, { force: true });
    }
  }
  for (const rel of extra) await rm(path.join(absOut, ...rel.split("/")), { force: true });
}

/** Files under `absOut` (relative, forward slashes), or undefined when it does not exist. */
async function listExisting(
  absOut: string,
  outDir: string,
  foreign: ReadonlySet<string>,
): Promise<Map<string, Existing> | undefined> {
  let stat;
  try {
    stat = await lstat(absOut);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (!stat.isDirectory()) {
    throw new DiagnosticError([
      {
        code: "output-not-directory",
        severity: "error",
        message: `the output path ${outDir} exists and is not a folder`,
      },
    ]);
  }
  const result = new Map<string, Existing>();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      const rel = prefix + entry.name;
      if (foreign.has(rel)) continue;
      if (entry.isDirectory()) await walk(abs, rel + "/");
      else if (entry.isFile()) {
        const s = await lstat(abs);
        result.set(rel, { abs, regular: true, size: s.size });
      } else result.set(rel, { abs, regular: false, size: -1 });
    }
  };
  await walk(absOut, "");
  return result;
}

async function sameContents(current: Existing, bytes: Buffer): Promise<boolean> {
  if (!current.regular || current.size !== bytes.length) return false;
  return (await readFile(current.abs)).equals(bytes);
}

async function swapIn(
  absOut: string,
  wanted: ReadonlyMap<string, Buffer>,
  unchanged: ReadonlySet<string>,
  existing: ReadonlyMap<string, Existing> | undefined,
): Promise<void> {
  const parent = path.dirname(absOut);
  const name = path.basename(absOut);
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const tmp = path.join(parent, `.${name}.tmp-${suffix}`);
  await mkdir(parent, { recursive: true });
  await mkdir(tmp);
  try {
    const made = new Set<string>();
    for (const rel of [...wanted.keys()].sort(compareStrings)) {
      const dest = path.join(tmp, ...rel.split("/"));
      const dir = path.dirname(dest);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      const previous = unchanged.has(rel) ? existing?.get(rel) : undefined;
      if (previous) await carryOver(previous.abs, dest);
      else await writeFile(dest, wanted.get(rel)!, { flag: "wx" });
    }
    if (existing) {
      const old = path.join(parent, `.${name}.old-${suffix}`);
      await rename(absOut, old);
      try {
        await rename(tmp, absOut);
      } catch (error) {
        await rename(old, absOut);
        throw error;
      }
      await rm(old, { recursive: true, force: true }).catch(() => undefined);
    } else {
      await rename(tmp, absOut);
    }
  } catch (error) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** Bring an unchanged file into the new tree with its mtime: hard link, else copy + utimes. */
async function carryOver(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
    return;
  } catch {
    // different device or no hard-link support: copy
  }
  await copyFile(from, to, fsConstants.COPYFILE_EXCL);
  const s = await lstat(from);
  await utimes(to, s.atime, s.mtime);
}
