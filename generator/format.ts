/**
 * formatFiles(): prettier over the emitted files, in memory, with fixed options (printWidth 100,
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
      contents =
        parser === "markdown"
          ? await formatMarkdown(prettier, file.contents)
          : await formatCode(prettier, file.contents, parser);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      throw new Error(`cannot format emitted file ${file.path}: ${detail}`);
    }
    result.push({ path: file.path, contents });
  }
  return result;
}

/** Code as prettier prints it; TypeScript that babel-ts rejects goes through `typescript`. */
async function formatCode(prettier: Prettier, text: string, parser: string): Promise<string> {
  try {
    return await prettier.format(text, { parser, printWidth: 100 });
  } catch (error) {
    if (parser !== "babel-ts") throw error;
    return prettier.format(text, { parser: "typescript", printWidth: 100 });
  }
}

const FENCE_OPEN = /^(`{3,})(ts|typescript)[ \t]*$/;
const SNIPPET_MARK = "// @@generator-markdown-snippet";

/**
 * Markdown as prettier formats it, with its embedded code formatting (the README's ```ts
 * blocks) done in one call instead of one per block (a README with 300 call examples: 0.4 s →
 * 0.2 s once prettier is warm): the blocks are formatted together as one TypeScript file,
 * separated by marker comments, then put back and the markdown is formatted with embedded
 * formatting off. Each block is a run of whole statements, which prettier formats the same alone
 * or among others (test/write/format.test.ts compares both ways). Any other fenced block, or a
 * batch that does not parse, takes prettier's own way.
 */
async function formatMarkdown(prettier: Prettier, text: string): Promise<string> {
  const plain = (): Promise<string> =>
    prettier.format(text, { parser: "markdown", printWidth: 100 });
  const lines = text.split("\n");
  const blocks: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s*(`{3,}|~{3,})/.test(line) && !FENCE_OPEN.test(line)) return plain();
    const open = FENCE_OPEN.exec(line);
    if (!open) continue;
    const end = lines.indexOf(open[1] as string, i + 1);
    if (end === -1) return plain();
    blocks.push({ start: i, end });
    i = end;
  }
  if (blocks.length === 0) return plain();
  const codes = blocks.map((b) => lines.slice(b.start + 1, b.end).join("\n"));
  if (codes.some((code) => code.includes(SNIPPET_MARK) || code.trim() === "")) return plain();
  let batch: string;
  try {
    batch = await formatCode(
      prettier,
      codes.map((code, i) => `${SNIPPET_MARK} ${i}\n${code}\n`).join(""),
      "babel-ts",
    );
  } catch {
    return plain();
  }
  const parts = batch.split(new RegExp(`^${SNIPPET_MARK} \\d+\\n`, "m"));
  if (parts.length !== codes.length + 1 || parts[0] !== "") return plain();
  const out = [...lines];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const code = (parts[i + 1] as string).replace(/\n+$/, "");
    out.splice(block.start + 1, block.end - block.start - 1, ...code.split("\n"));
  }
  return prettier.format(out.join("\n"), {
    parser: "markdown",
    printWidth: 100,
    embeddedLanguageFormatting: "off",
  });
}

function fits(file: EmittedFile): boolean {
  // Cheap upper bound first: a UTF-8 byte is at least one UTF-16 unit, at most 3 per unit.
  if (file.contents.length > FORMAT_MAX_BYTES) return false;
  if (file.contents.length * 3 <= FORMAT_MAX_BYTES) return true;
  return Buffer.byteLength(file.contents, "utf8") <= FORMAT_MAX_BYTES;
}
