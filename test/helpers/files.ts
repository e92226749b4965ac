import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Every file under `dir` (relative paths with forward slashes, sorted) with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.set(relative(dir, full).split(sep).join("/"), await readFile(full));
    }
  }
  await walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
