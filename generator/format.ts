/**
 * formatFiles(): prettier over the emitted files that an emitter did not print in their final
 * layout (today's emitters all do: `preformatted`, see emit/layout.ts; the runtime templates are
 * formatted when the generator is built), in memory, with fixed options (printWidth 100,
 * prettier's defaults otherwise; no config or ignore file is read from disk), so the output does
 * not depend on the machine. Parser by extension: .ts/.mts/.cts (incl. .d.ts) → babel-ts,
 * .js/.mjs/.cjs → babel, .json → json, .md → markdown; other files are returned unchanged.
 *
 * TypeScript is parsed with babel-ts, not prettier's `typescript` parser: about twice as fast on
 * the client of a large spec (box's client.d.ts, 346 kB: 1.1 s against 3.0 s), and the printed
 * bytes are the same (compared on generated/, every golden, the runtime templates and the corpus
 * clients, raw and formatted; test/write/format.test.ts keeps comparing). Text that babel-ts does
 * not parse is formatted with the `typescript` parser instead.
 *
 * Size threshold: files larger than FORMAT_MAX_BYTES (1 MiB) are not formatted. Prettier's cost
 * grows faster than linearly with file size (a 3 MB types.d.ts takes tens of seconds and GBs of
 * memory), and the emitters already print such files in prettier's style, so the generator skips
 * them. The threshold is part of the output contract: the same input always gives the same bytes.
 */
import type { Prettier } from "./heavy-modules.js";
import type { EmittedFile } from "./model/types.js";

/** Files above this size (UTF-8 bytes) are left as emitted. */
export const FORMAT_MAX_BYTES = 1024 * 1024;

const PARSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.(ts|mts|cts)$/i, "babel-ts"],
  [/\.(js|mjs|cjs)$/i, "babel"],
  [/\.json$/i, "json"],
  [/\.md$/i, "markdown"],
];

export function parserFor(file: string): string | undefined {
  for (const [pattern, parser] of PARSERS) if (pattern.test(file)) return parser;
  return undefined;
}

/** Files marked `preformatted` are left as they are. */
export async function formatFiles(
  files: readonly EmittedFile[],
  loadPrettier: () => Promise<Prettier> = () => import("prettier"),
): Promise<EmittedFile[]> {
  const jobs = files.map((file) => ({
    file,
    parser: file.preformatted ? undefined : parserFor(file.path),
  }));
  if (!jobs.some((j) => j.parser && fits(j.file))) return files.map((f) => ({ ...f }));
  const prettier = await loadPrettier();
  const result: EmittedFile[] = [];
  for (const { file, parser } of jobs) {
    if (!parser || !fits(file)) {
      result.push({ ...file });
      continue;
    }
    let contents: string;
    try {
      contents = await formatCode(prettier, file.contents, parser);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      throw new Error(`cannot format emitted file ${file.path}: ${detail}`);
    }
    result.push({ path: file.path, contents });
  }
  return result;
}

/** Text as prettier prints it; TypeScript that babel-ts rejects goes through `typescript`. */
async function formatCode(prettier: Prettier, text: string, parser: string): Promise<string> {
  if (parser === "markdown") return prettier.format(text, { parser, printWidth: 100 });
  try {
    return await prettier.format(text, { parser, printWidth: 100 });
  } catch (error) {
    if (parser !== "babel-ts") throw error;
    return prettier.format(text, { parser: "typescript", printWidth: 100 });
  }
}

function fits(file: EmittedFile): boolean {
  // Cheap upper bound first: a UTF-8 byte is at least one UTF-16 unit, at most 3 per unit.
  if (file.contents.length > FORMAT_MAX_BYTES) return false;
  if (file.contents.length * 3 <= FORMAT_MAX_BYTES) return true;
  return Buffer.byteLength(file.contents, "utf8") <= FORMAT_MAX_BYTES;
}
