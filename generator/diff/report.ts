/** The diff result as text for people (grouped by operation) and as JSON for machines. */
import type { Level } from "./changes.js";
import type { DiffResult, LocatedChange } from "./index.js";
import { bumpSuffices } from "./verdict.js";

type Compared = Extract<DiffResult, { kind: "compared" }>;

const ORDER: Record<Level, number> = { breaking: 0, "non-breaking": 1, info: 2 };
const OUTSIDE = "Public API and document";

/**
 * The shape, exactly. A change met in several operations (a shared schema) is listed once:
 * without the operation, its copies would be the same entry.
 */
export function formatJson(result: Compared): string {
  const seen = new Set<string>();
  const changes = result.changes.flatMap((c) => {
    const entry = {
      level: c.level,
      code: c.code,
      message: c.message,
      pointer: c.pointer,
      file: c.file ?? null,
      line: c.line ?? null,
      column: c.column ?? null,
    };
    const key = JSON.stringify(entry);
    if (seen.has(key)) return [];
    seen.add(key);
    return [entry];
  });
  return JSON.stringify({ verdict: result.verdict, changes }, null, 2);
}

export interface TextOptions {
  /** Include `info` changes (descriptions); counted in the summary either way. */
  readonly verbose?: boolean;
}

export function formatText(result: Compared, options: TextOptions = {}): string {
  const { versions } = result;
  const lines = [
    `${result.base} (${versions.base || "no version"}) → ${result.head} (${versions.head || "no version"})`,
    "",
  ];
  const shown = result.changes.filter((c) => options.verbose === true || c.level !== "info");
  for (const [group, changes] of groupByOperation(shown)) {
    lines.push(group);
    for (const c of changes) lines.push(...changeLines(c));
    lines.push("");
  }
  if (result.ignored.length > 0) {
    lines.push(`Ignored (${result.ignored.length}, from the ignore list)`);
    for (const { change, entry } of result.ignored) {
      lines.push(
        `  ${change.level.padEnd(12)}  ${change.code}  ${change.pointer}`,
        `                reason: ${entry.reason}`,
      );
    }
    lines.push("");
  }
  for (const entry of result.unusedIgnores) {
    lines.push(
      `warning: ignore entry on line ${entry.line} (${entry.code} ${entry.pointer}) matched no change; remove it`,
    );
  }
  lines.push(summary(result, result.changes.length - shown.length));
  return lines.join("\n") + "\n";
}

function groupByOperation(changes: readonly LocatedChange[]): Map<string, LocatedChange[]> {
  const groups = new Map<string, LocatedChange[]>();
  const sorted = [...changes].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  for (const c of sorted.filter((x) => x.operation !== undefined)) {
    const key = c.operation!;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const outside = sorted.filter((c) => c.operation === undefined);
  if (outside.length > 0) groups.set(OUTSIDE, outside);
  return groups;
}

function changeLines(c: LocatedChange): string[] {
  const where = c.file !== undefined ? `${c.file}:${c.line}:${c.column}  ` : "";
  return [
    `  ${c.level.padEnd(12)}  ${c.code}: ${c.message}`,
    `                ${where}${c.pointer}`,
  ];
}

function summary(result: Compared, hiddenInfo: number): string {
  const count = (level: Level): string => {
    const all = result.changes.filter((c) => c.level === level);
    const distinct = new Set(all.map((c) => `${c.code} ${c.pointer}`)).size;
    const places = distinct < all.length ? ` (${distinct} distinct)` : "";
    return `${all.length} ${level}${places}`;
  };
  const counts = `${count("breaking")}, ${count("non-breaking")}, ${count("info")}`;
  const hidden = hiddenInfo > 0 ? ` (${hiddenInfo} info not shown; --verbose shows them)` : "";
  const { base, head, bump } = result.versions;
  const lines = [`Verdict: ${result.verdict} (${counts})${hidden}`];
  const moved =
    bump === "unknown"
      ? "not comparable as MAJOR.MINOR.PATCH"
      : bump === "down"
        ? "went down"
        : bump;
  const versionLine = `info.version ${base || "?"} → ${head || "?"}: ${moved}`;
  if (result.exitCode === 1) {
    lines.push(
      `${versionLine}. Breaking changes need a new major version (or an ignore entry with a reason).`,
    );
  } else if (!bumpSuffices(result.verdict, bump)) {
    lines.push(`${versionLine}; the changes call for a ${result.verdict} bump.`);
  } else lines.push(versionLine);
  return lines.join("\n");
}
