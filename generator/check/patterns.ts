/**
 * `pattern` keywords must compile as ECMAScript regular expressions. With the `u` flag (what ajv
 * uses by default) first; a pattern that only compiles without it (e.g. `\:` identity escapes, a
 * lone `{`) is a warning, once per distinct pattern; one that compiles neither way is an error.
 */
import { childKind, type NodeKind } from "../load/context.js";
import { escapeSegment } from "../load/pointer.js";
import type { Reporter } from "./util.js";

interface Verdict {
  readonly ok: boolean;
  readonly unicodeError?: string;
  readonly error?: string;
}

function compile(pattern: string): Verdict {
  try {
    new RegExp(pattern, "u");
    return { ok: true };
  } catch (unicode) {
    const unicodeError = (unicode as Error).message;
    try {
      new RegExp(pattern);
      return { ok: true, unicodeError };
    } catch (plain) {
      return { ok: false, unicodeError, error: (plain as Error).message };
    }
  }
}

export function checkPatterns(document: unknown, reporter: Reporter): void {
  const verdicts = new Map<string, Verdict>();
  const nonUnicode = new Map<string, { pointer: string; count: number; error: string }>();

  const visit = (node: unknown, kind: NodeKind, pointer: string, depth: number): void => {
    if (node === null || typeof node !== "object" || depth > 400) return;
    if (kind === "data" || kind === "extension") return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        visit(node[i], childKind(kind, String(i), true), pointer + "/" + i, depth + 1);
      }
      return;
    }
    const obj = node as Record<string, unknown>;
    if (kind === "schema" && typeof obj.pattern === "string") {
      const pattern = obj.pattern;
      let verdict = verdicts.get(pattern);
      if (!verdict) {
        verdict = compile(pattern);
        verdicts.set(pattern, verdict);
      }
      const at = pointer + "/pattern";
      if (!verdict.ok) {
        reporter.report(
          "error",
          "invalid-pattern",
          `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${verdict.error}`,
          at,
        );
      } else if (verdict.unicodeError) {
        const seen = nonUnicode.get(pattern);
        if (seen) seen.count++;
        else nonUnicode.set(pattern, { pointer: at, count: 1, error: verdict.unicodeError });
      }
    }
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (value !== null && typeof value === "object") {
        visit(value, childKind(kind, key, false), pointer + "/" + escapeSegment(key), depth + 1);
      }
    }
  };
  visit(document, "root", "", 0);

  for (const [pattern, { pointer, count, error }] of nonUnicode) {
    const more = count > 1 ? ` (${count} places)` : "";
    reporter.report(
      "warning",
      "invalid-pattern",
      `pattern ${JSON.stringify(pattern)} is only valid without the u (unicode) flag${more}: ${error}`,
      pointer,
      "Validators compile it without the u flag; escape only syntax characters (e.g. `:` needs no backslash).",
    );
  }
}
