/**
 * The ignore list (`--ignore FILE`): changes a team accepts on purpose. One per line:
 *
 *   <code> <pointer> <reason…>
 *   response-property-removed /components/schemas/Source/properties/flow  never populated (API-123)
 *
 * `#` starts a comment line; blank lines are skipped. The pointer is the change's `pointer`, as
 * printed by `diff` (a space inside it is written `%20`). A reason is required.
 */
import type { SourcePosition } from "../diagnostics.js";
import { CHANGE_CATALOGUE, type Change, type ChangeCode } from "./changes.js";

export interface IgnoreEntry {
  readonly code: ChangeCode;
  readonly pointer: string;
  readonly reason: string;
  readonly line: number;
}

export interface IgnoreProblem {
  readonly message: string;
  readonly position: SourcePosition;
}

export interface IgnoreList {
  readonly entries: readonly IgnoreEntry[];
  readonly problems: readonly IgnoreProblem[];
}

export function parseIgnoreList(text: string, file: string): IgnoreList {
  const entries: IgnoreEntry[] = [];
  const problems: IgnoreProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [code = "", pointer = "", ...reason] = line.split(/\s+/);
    const problem = (message: string, column: number): void => {
      problems.push({ message, position: { file, line: index + 1, column } });
    };
    const column = raw.indexOf(line) + 1;
    if (!(code in CHANGE_CATALOGUE))
      return problem(`unknown change code ${JSON.stringify(code)}`, column);
    if (pointer !== "" && !/^#?\//.test(pointer)) {
      return problem(`${JSON.stringify(pointer)} is not a JSON pointer`, raw.indexOf(pointer) + 1);
    }
    if (reason.length === 0)
      return problem(`no reason given for ignoring ${code} ${pointer}`, column);
    entries.push({
      code: code as ChangeCode,
      pointer: decode(pointer.replace(/^#/, "")),
      reason: reason.join(" "),
      line: index + 1,
    });
  });
  return { entries, problems };
}

function decode(pointer: string): string {
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}

export interface Acknowledged {
  readonly change: Change;
  readonly entry: IgnoreEntry;
}

export interface Applied {
  readonly kept: Change[];
  readonly ignored: Acknowledged[];
  /** Entries that matched nothing (stale: the change they excused is gone or moved). */
  readonly unused: IgnoreEntry[];
}

export function applyIgnoreList(
  changes: readonly Change[],
  entries: readonly IgnoreEntry[],
): Applied {
  const used = new Set<IgnoreEntry>();
  const kept: Change[] = [];
  const ignored: Acknowledged[] = [];
  for (const change of changes) {
    const entry = entries.find((e) => e.code === change.code && e.pointer === change.pointer);
    if (entry) {
      used.add(entry);
      ignored.push({ change, entry });
    } else kept.push(change);
  }
  return { kept, ignored, unused: entries.filter((e) => !used.has(e)) };
}
