/**
 * Wall time and peak memory of a child process, for the scale and peers benches.
 *
 * Peak memory is the maximum resident set size of the process (worker threads included), from
 * `/usr/bin/time -v` when it exists; otherwise a node command runs under a small wrapper that
 * reports `process.resourceUsage().maxRSS` when the process exits.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runChild, type ChildResult } from "./corpus.js";

export interface Measured extends ChildResult {
  /** Peak resident set size in MB, when it could be measured. */
  readonly maxRssMb?: number;
  /** CPU time (user + system, all threads) in ms, when /usr/bin/time measured it. */
  readonly cpuMs?: number;
}

const TIME = "/usr/bin/time";
const RSS_MARK = "@@bench-maxrss-kb ";
let wrapper: string | undefined;

/** A script that runs another node script (argv[2]) and prints its peak RSS on exit. */
function rssWrapper(): string {
  if (wrapper) return wrapper;
  const dir = mkdtempSync(path.join(tmpdir(), "bench-rss-"));
  wrapper = path.join(dir, "rss.mjs");
  writeFileSync(
    wrapper,
    [
      'import { writeSync } from "node:fs";',
      'import { pathToFileURL } from "node:url";',
      `process.on("exit", () => writeSync(2, "\\n${RSS_MARK}" + process.resourceUsage().maxRSS + "\\n"));`,
      "process.argv.splice(1, 1);",
      "await import(pathToFileURL(process.argv[1]).href);",
      "",
    ].join("\n"),
  );
  return wrapper;
}

/**
 * Runs `node [nodeArgs] script [args]` and measures it. `cwd` defaults to the repository.
 */
export async function measureNode(
  nodeArgs: readonly string[],
  script: string,
  args: readonly string[],
  options: { cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  if (existsSync(TIME)) {
    const child = await runChild(
      TIME,
      ["-v", process.execPath, ...nodeArgs, script, ...args],
      options,
    );
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
    const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
    const stderr = child.stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, "");
    return {
      ...child,
      stderr,
      ...(kb ? { maxRssMb: Number(kb) / 1024 } : {}),
      ...(user && system ? { cpuMs: (Number(user) + Number(system)) * 1000 } : {}),
    };
  }
  const child = await runChild(
    process.execPath,
    [...nodeArgs, rssWrapper(), script, ...args],
    options,
  );
  const kb = new RegExp(`${RSS_MARK}(\\d+)`).exec(child.stderr)?.[1];
  const stderr = child.stderr.replace(new RegExp(`\\n?${RSS_MARK}\\d+\\n?`), "");
  return { ...child, stderr, ...(kb ? { maxRssMb: Number(kb) / 1024 } : {}) };
}

/** `/usr/bin/time -v` exits with the command's status; a signal shows up as a message instead. */
export function describeFailure(m: Measured): string | undefined {
  if (m.timedOut) return `timed out after ${Math.round(m.ms / 1000)} s`;
  if (/Command terminated by signal/.test(m.stderr)) return "killed by a signal";
  if (m.exitCode !== 0) {
    // Ours: `file:line:col: error[code]: …`; hey-api: a line after "Failed with the message:".
    const lines = (m.stderr + "\n" + m.stdout).replace(/\u001b\[[0-9;]*m/g, "").split("\n");
    const failed = lines.findIndex((l) => /Failed with the message/.test(l));
    const line = (
      lines.find((l) => /error\[[\w-]+\]/.test(l)) ??
      (failed >= 0 ? lines[failed + 1]?.replace(/^\[Job \d+\]\s*/, "") : undefined) ??
      lines.find((l) => /\b(Error|error):/.test(l))
    )?.trim();
    return `exit ${m.exitCode}${line ? `: ${line.slice(0, 160)}` : ""}`;
  }
  return undefined;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[-\d.,×x%s MB]*$/.test(r[i] ?? "")));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
