/**
 * Method names without the group's name: `widgets.createWidget` → `widgets.create`,
 * `widgets.listWidgets` → `widgets.list`. The rule (README "Names"): when an operationId-derived
 * method name contains the group's words (plural or singular) as a run of whole words, that run is
 * dropped; the name stays whole when nothing would be left, when two operations of the group would
 * end up with the same name, or when the operation sets `x-method-name`.
 */
import { memberName, words } from "./naming.js";
import type { OperationModel } from "./types.js";

/** The operations with the group's name dropped from their derived method names. */
export function withoutGroupName(
  ops: readonly OperationModel[],
  derived: (op: OperationModel) => boolean,
): OperationModel[] {
  const shortened = ops.map((op) => (derived(op) ? shorten(op.methodName, op.group) : undefined));
  const count = new Map<string, number>();
  ops.forEach((op, i) => {
    const name = shortened[i] ?? op.methodName;
    count.set(name, (count.get(name) ?? 0) + 1);
  });
  return ops.map((op, i) => {
    const name = shortened[i];
    return name !== undefined && count.get(name) === 1 ? { ...op, methodName: name } : op;
  });
}

/** `createWidget` in group `widgets` → `create`; undefined when nothing changes or nothing is left. */
export function shorten(methodName: string, group: string): string | undefined {
  const nameWords = words(methodName);
  const lower = nameWords.map((w) => w.toLowerCase());
  const groupWords = words(group).map((w) => w.toLowerCase());
  if (groupWords.length === 0) return undefined;
  for (const run of [groupWords, singular(groupWords)]) {
    const at = indexOfRun(lower, run);
    if (at === -1) continue;
    const rest = [...nameWords.slice(0, at), ...nameWords.slice(at + run.length)];
    if (rest.length === 0) return undefined;
    return memberName(rest.join(" "));
  }
  return undefined;
}

function singular(groupWords: readonly string[]): string[] {
  const last = groupWords[groupWords.length - 1] ?? "";
  const one = last.endsWith("ies")
    ? `${last.slice(0, -3)}y`
    : /(ss|x|ch|sh)es$/.test(last)
      ? last.slice(0, -2)
      : last.endsWith("s") && !last.endsWith("ss")
        ? last.slice(0, -1)
        : last;
  return [...groupWords.slice(0, -1), one];
}

function indexOfRun(list: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= list.length; i++) {
    if (run.every((w, j) => list[i + j] === w)) return i;
  }
  return -1;
}
