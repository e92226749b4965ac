/**
 * Diagnostics as text for a terminal:
 *
 *   spec/openapi.yaml:12:23: error[unresolved-ref]: $ref "#/components/schemas/Nope" cannot be …
 *     at /paths/~1pets/get/responses/200/content/application~1json/schema/$ref
 *     hint: Point the $ref at an existing file and JSON pointer.
 *       11 |             schema:
 *     > 12 |               $ref: "#/components/schemas/Nope"
 *          |                     ^
 *       13 |   /pets/{id}:
 *
 * Colour (raw ANSI) only when asked; `useColor()` says when: the stream is a TTY and neither `CI`
 * nor `NO_COLOR` is set.
 */
import { DIAGNOSTIC_CATALOGUE, type Diagnostic } from "./diagnostics.js";

export interface FormatOptions {
  readonly color: boolean;
  readonly readText: (file: string) => string | undefined;
}

const ANSI = {
  bold: ["\u001b[1m", "\u001b[22m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  red: ["\u001b[31m", "\u001b[39m"],
  yellow: ["\u001b[33m", "\u001b[39m"],
  cyan: ["\u001b[36m", "\u001b[39m"],
} as const;

type Style = keyof typeof ANSI;

function paint(color: boolean, style: Style, text: string): string {
  if (!color || text === "") return text;
  const [open, close] = ANSI[style];
  return open + text + close;
}

export function useColor(
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (!stream.isTTY) return false;
  if (env.CI !== undefined) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return true;
}

/** Longest source line shown in a code frame; longer lines are cut around the column. */
const FRAME_WIDTH = 120;

export function formatDiagnostic(d: Diagnostic, options: FormatOptions): string {
  const { color } = options;
  const severity = paint(
    color,
    d.severity === "error" ? "red" : "yellow",
    `${d.severity}[${d.code}]`,
  );
  const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.column}: ` : "";
  const lines = [paint(color, "bold", where) + severity + ": " + paint(color, "bold", d.message)];
  if (d.pointer !== undefined && d.pointer !== "")
    lines.push(paint(color, "dim", `  at ${d.pointer}`));
  const hint = d.hint ?? DIAGNOSTIC_CATALOGUE[d.code]?.fix;
  if (hint) lines.push(`  ${paint(color, "cyan", "hint:")} ${hint}`);
  if (d.position) {
    const text = safeRead(options.readText, d.position.file);
    if (text !== undefined && text.trim() !== "")
      lines.push(...codeFrame(text, d.position.line, d.position.column, color));
  }
  return lines.join("\n");
}

function safeRead(readText: FormatOptions["readText"], file: string): string | undefined {
  try {
    return readText(file);
  } catch {
    return undefined;
  }
}

/** The line before, the line (with a caret under the column), the line after. */
export function codeFrame(text: string, line: number, column: number, color = false): string[] {
  const all = text.split(/\r?\n/);
  // A trailing newline does not make a line, unless the position is there (end of file).
  if (all.length > 1 && all[all.length - 1] === "" && line < all.length) all.pop();
  if (line < 1 || line > all.length) return [];
  const first = Math.max(1, line - 1);
  const last = Math.min(all.length, line + 1);
  const width = String(last).length;
  // One horizontal window for all lines, so the caret lines up: cut around the column.
  const col = Math.max(1, column);
  const start = col > FRAME_WIDTH - 20 ? col - Math.floor(FRAME_WIDTH / 2) : 0;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = all[n - 1] ?? "";
    const shown = cut(raw, start);
    const gutter = `${n === line ? ">" : " "} ${String(n).padStart(width)} | `;
    out.push("    " + paint(color, n === line ? "bold" : "dim", gutter) + shown);
    if (n === line) {
      // Keep tabs so the caret lines up with the text above it.
      const before = raw.slice(start, col - 1).replace(/[^\t]/g, " ");
      const pad = (start > 0 ? " " : "") + before;
      const blank = `  ${" ".repeat(width)} | `;
      out.push("    " + paint(color, "dim", blank) + pad + paint(color, "red", "^"));
    }
  }
  return out;
}

/** The part of a line shown from `start` (0-based), at most FRAME_WIDTH characters, `…` marking cuts. */
function cut(line: string, start: number): string {
  let shown = line;
  if (start > 0) shown = "…" + line.slice(start);
  if (shown.length > FRAME_WIDTH) shown = shown.slice(0, FRAME_WIDTH) + "…";
  return shown;
}

export interface SummaryInput {
  readonly exitCode: 0 | 1 | 2 | 3;
  readonly check: boolean;
  readonly out: string;
  readonly fileCount?: number;
  readonly stale: readonly string[];
  readonly written: readonly string[];
  readonly errors: number;
  readonly warnings: number;
}

/** The one-line summary printed after the diagnostics. */
export function formatSummary(s: SummaryInput): string {
  const out = s.out.endsWith("/") ? s.out : s.out + "/";
  const warnings = s.warnings > 0 ? ` (${plural(s.warnings, "warning")})` : "";
  switch (s.exitCode) {
    case 0:
      if (s.check || s.written.length === 0) return `${out} is up to date${warnings}`;
      return (
        `generated ${s.fileCount !== undefined ? plural(s.fileCount, "file") : "files"} into ${out} ` +
        `(${s.written.length} changed)${warnings}`
      );
    case 1:
      return `stale: ${s.stale.join(", ")}`;
    case 2:
      return `generation failed: ${plural(s.errors, "error")}${s.warnings > 0 ? `, ${plural(s.warnings, "warning")}` : ""}`;
    case 3:
      return "internal error: this is a bug in the generator, please report it (with the spec and the command line)";
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
