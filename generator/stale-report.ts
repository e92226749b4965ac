/**
 * What `--check` prints when the output is stale: the stale files, a short unified diff of the
 * first few, and the command that brings the folder up to date.
 */
const FILES_DIFFED = 3;
const CONTEXT = 3;
const MAX_DIFF_LINES = 24;

export interface StaleInput {
  readonly out: string;
  readonly stale: readonly string[];
  /** The text the spec produces, per stale file (absent: the file would be removed). */
  readonly expected: ReadonlyMap<string, string>;
  /** The text in the folder now (undefined: missing). */
  readonly current: (file: string) => string | undefined;
  /** The command that regenerates (e.g. `npm run generate -- --spec … --out …`). */
  readonly fix: string;
}

export function formatStale(input: StaleInput): string {
  const lines = [
    `${input.out} is stale: ${input.stale.length} file(s) differ from what the spec produces:`,
  ];
  for (const file of input.stale) lines.push(`  ${file}`);
  for (const file of input.stale.slice(0, FILES_DIFFED)) {
    lines.push("", ...unifiedDiff(file, input.current(file), input.expected.get(file)));
  }
  if (input.stale.length > FILES_DIFFED)
    lines.push("", `(diffs of ${input.stale.length - FILES_DIFFED} more file(s) not shown)`);
  lines.push("", `To update it, run: ${input.fix}`);
  return lines.join("\n");
}

/**
 * One hunk around the changed lines (common head and tail trimmed), cut to MAX_DIFF_LINES: enough to
 * see what changed, not a full diff tool.
 */
export function unifiedDiff(
  file: string,
  before: string | undefined,
  after: string | undefined,
): string[] {
  const a = before === undefined ? [] : splitLines(before);
  const b = after === undefined ? [] : splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const start = Math.max(0, head - CONTEXT);
  const aEnd = Math.min(a.length, a.length - tail + CONTEXT);
  const bEnd = Math.min(b.length, b.length - tail + CONTEXT);
  const body = [
    ...a.slice(start, head).map((l) => ` ${l}`),
    ...a.slice(head, a.length - tail).map((l) => `-${l}`),
    ...b.slice(head, b.length - tail).map((l) => `+${l}`),
    ...a.slice(a.length - tail, aEnd).map((l) => ` ${l}`),
  ];
  const range = (s: number, e: number): string => `${e - s === 0 ? s : s + 1},${e - s}`;
  const shown =
    body.length > MAX_DIFF_LINES
      ? [...body.slice(0, MAX_DIFF_LINES), `… (${body.length - MAX_DIFF_LINES} more lines)`]
      : body;
  return [
    `--- ${before === undefined ? "/dev/null" : `a/${file}`}`,
    `+++ ${after === undefined ? "/dev/null" : `b/${file}`}`,
    `@@ -${range(start, aEnd)} +${range(start, bEnd)} @@`,
    ...shown,
  ];
}

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
