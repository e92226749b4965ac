/**
 * The semver verdict of a set of changes, and whether `info.version` moved enough for it.
 * `major` if anything is breaking, else `minor` if anything is non-breaking, else `patch` when
 * only documentation changed, else `none`.
 */
import type { Change } from "./changes.js";

export type Verdict = "major" | "minor" | "patch" | "none";

export function verdictOf(changes: readonly Pick<Change, "level">[]): Verdict {
  if (changes.some((c) => c.level === "breaking")) return "major";
  if (changes.some((c) => c.level === "non-breaking")) return "minor";
  if (changes.length > 0) return "patch";
  return "none";
}

/** How `info.version` moved; `unknown` when either is not `MAJOR.MINOR.PATCH`. */
export type Bump = Verdict | "unknown" | "down";

const RANK: Record<Verdict, number> = { none: 0, patch: 1, minor: 2, major: 3 };

function parse(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * The bump from `base` to `head`. Below 1.0.0, semver lets a minor bump carry breaking changes
 * (0.3.0 → 0.4.0), so it counts as `major`, and a patch bump as `minor`.
 */
export function bumpOf(base: string, head: string): Bump {
  const b = parse(base);
  const h = parse(head);
  if (!b || !h) return base === head ? "none" : "unknown";
  const [bMajor, bMinor, bPatch] = b;
  const [hMajor, hMinor, hPatch] = h;
  if (hMajor !== bMajor) return hMajor > bMajor ? "major" : "down";
  const zero = bMajor === 0;
  if (hMinor !== bMinor) return hMinor > bMinor ? (zero ? "major" : "minor") : "down";
  if (hPatch !== bPatch) return hPatch > bPatch ? (zero ? "minor" : "patch") : "down";
  return "none";
}

/** True when the version moved at least as far as the verdict asks. */
export function bumpSuffices(verdict: Verdict, bump: Bump): boolean {
  if (bump === "unknown" || bump === "down") return verdict === "none";
  return RANK[bump] >= RANK[verdict];
}
