/**
 * The no-op fast path: the output folder's manifest says it was made from these spec bytes, with
 * these options, by this generator, and every file it lists is there with the recorded hash (and
 * nothing else is there). Then `generate` has nothing to do. Any doubt — no manifest, a file
 * missing, unreadable or different, another file beside them — means a full run.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { GeneratorIdentity } from "./fingerprint.js";
import { MANIFEST_FILE, readManifest, sha256, type OutputOptions } from "./manifest.js";
import { createHash } from "node:crypto";

export interface UpToDateInput {
  readonly spec: string;
  readonly out: string;
  readonly options: OutputOptions;
  readonly generator: GeneratorIdentity;
}

export async function isUpToDate(input: UpToDateInput): Promise<boolean> {
  try {
    const manifest = await readManifest(input.out);
    if (!manifest) return false;
    const same =
      manifest.generator.build === input.generator.build &&
      manifest.generator.version === input.generator.version &&
      manifest.options.strictFormats === input.options.strictFormats &&
      manifest.spec.files[0] === path.basename(input.spec);
    if (!same) return false;
    if ((await specHash(input.spec, manifest.spec.files)) !== manifest.spec.sha256) return false;
    return await filesMatch(input.out, manifest.files);
  } catch {
    return false;
  }
}

async function specHash(entry: string, files: readonly string[]): Promise<string> {
  const dir = path.dirname(entry);
  const hash = createHash("sha256");
  for (const file of files) hash.update(await readFile(path.join(dir, file)));
  return hash.digest("hex");
}

async function filesMatch(out: string, files: Readonly<Record<string, string>>): Promise<boolean> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const present = entries
    .filter((e) => !e.isDirectory())
    .map((e) =>
      path
        .relative(out, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join("/"),
    );
  const listed = Object.keys(files);
  if (present.length !== listed.length + 1 || !present.includes(MANIFEST_FILE)) return false;
  const hashes = await Promise.all(
    listed.map(async (rel) => sha256(await readFile(path.join(out, ...rel.split("/"))))),
  );
  return listed.every((rel, i) => hashes[i] === files[rel]);
}
