/**
 * The record the generator leaves in its output folder (`.generator-manifest.json`): which spec
 * (its file names and the hash of their bytes), which options and which generator made the
 * folder, and the sha256 of every file it wrote. It is how the generator knows a folder is its own
 * (safe `--out`), how `generate` skips a run when nothing changed, and how `--check` answers.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { GeneratorIdentity } from "./fingerprint.js";
import type { EmittedFile } from "./model/types.js";

export const MANIFEST_FILE = ".generator-manifest.json";

/** The options that change the output. */
export interface OutputOptions {
  readonly strictFormats: boolean;
}

export interface Manifest {
  readonly generator: GeneratorIdentity;
  readonly spec: {
    /** Every file read, entry first, relative to the entry's folder, forward slashes. */
    readonly files: readonly string[];
    /** sha256 over the bytes of those files, in that order. */
    readonly sha256: string;
  };
  readonly options: OutputOptions;
  /** Output file (relative, forward slashes) → sha256 of its bytes. */
  readonly files: Readonly<Record<string, string>>;
}

export function sha256(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The spec's files relative to the entry's folder (`files` are relative to the cwd). */
export function specFilesRelative(files: readonly string[]): string[] {
  const base = path.posix.dirname(files[0] ?? ".");
  return files.map((f) => path.posix.relative(base, f));
}

export function manifestFile(
  files: readonly EmittedFile[],
  record: Omit<Manifest, "files">,
): EmittedFile {
  const hashes = Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)]));
  const manifest: Manifest = { ...record, files: hashes };
  return { path: MANIFEST_FILE, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** The manifest in `outDir`, or undefined when there is none or it cannot be read. */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), "utf8")) as unknown;
    return isManifest(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Partial<Manifest> | null;
  return (
    typeof m === "object" &&
    m !== null &&
    typeof m.generator?.build === "string" &&
    Array.isArray(m.spec?.files) &&
    m.spec.files.every((f) => typeof f === "string") &&
    typeof m.spec.sha256 === "string" &&
    typeof m.options === "object" &&
    typeof m.files === "object" &&
    m.files !== null &&
    Object.values(m.files).every((h) => typeof h === "string")
  );
}
