/**
 * formatFiles(): prettier over the emitted files, in memory, with fixed options (printWidth 100,
 * prettier's defaults otherwise; no config or ignore file is read from disk), so the output does
 * not depend on the machine. Parser by extension: .ts/.mts/.cts (incl. .d.ts) → typescript,
 * .js/.mjs/.cjs → babel, .json → json, .md → markdown; other files are returned unchanged.
 *
 * Size threshold: files larger than FORMAT_MAX_BYTES (1 MiB) are not formatted. Prettier's cost
 * grows faster than linearly with file size (a 3 MB types.d.ts takes tens of seconds and GBs of
 * memory), and the emitters already print such files in prettier's style, so the generator skips
 * them. The threshold is part of the output contract: the same input always gives the same bytes.
 */
import type { EmittedFile } from "./model/types.js";

/** Files above this size (UTF-8 bytes) are left as emitted. */
export const FORMAT_MAX_BYTES = 1024 * 1024;

const PARSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.(ts|mts|cts)$/i, "typescript"],
  [/\.(js|mjs|cjs)$/i, "babel"],
  [/\.json$/i, "json"],
  [/\.md$/i, "markdown"],
];

export function parserFor(file: string): string | undefined {
  for (const [pattern, parser] of PARSERS) if (pattern.test(file)) return parser;
  return undefined;
}

export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  const jobs = files.map((file) => ({
    file,
    parser: file.preformatted ? undefined : parserFor(file.path),
  }));
  if (!jobs.some((j) => j.parser && fits(j.file))) return files.map((f) => ({ ...f }));
  const prettier = await import("prettier");
  const result: EmittedFile[] = [];
  for (const { file, parser } of jobs) {
    if (!parser || !fits(file)) {
      result.push({ ...file });
      continue;
    }
    let contents: string;
    try {
      contents = await prettier.format(file.contents, { parser, printWidth: 100 });
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      throw new Error(`cannot format emitted file ${file.path}: ${detail}`);
    }
    result.push({ path: file.path, contents });
  }
  return result;
}

/** Whether `formatFiles` would run prettier on the file (else it returns it unchanged). */
export function needsFormatting(file: EmittedFile): boolean {
  return !file.preformatted && parserFor(file.path) !== undefined && fits(file);
}

function fits(file: EmittedFile): boolean {
  // Cheap upper bound first: a UTF-8 byte is at least one UTF-16 unit, at most 3 per unit.
  if (file.contents.length > FORMAT_MAX_BYTES) return false;
  if (file.contents.length * 3 <= FORMAT_MAX_BYTES) return true;
  return Buffer.byteLength(file.contents, "utf8") <= FORMAT_MAX_BYTES;
}
