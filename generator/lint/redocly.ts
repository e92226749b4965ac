/**
 * Redocly's lint, run as `redocly lint --format=json` (the CLI the project pins), so the rules
 * and the per-API configuration (`apis:` in redocly.yaml) are applied exactly as `redocly lint`
 * applies them: a file listed as an API root gets that API's rules, any other file the root
 * configuration (Redocly's recommended rules).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { LintProblem } from "./problem.js";

interface RedoclyLocation {
  readonly source?: { readonly ref?: string };
  readonly pointer?: string;
  readonly start?: { readonly line?: number; readonly col?: number };
}

interface RedoclyProblem {
  readonly ruleId: string;
  readonly severity: "error" | "warn" | "warning";
  readonly message: string;
  readonly location?: readonly RedoclyLocation[];
  readonly reference?: string;
}

function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@redocly/cli/package.json");
  const bin = (JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> }).bin;
  return path.join(path.dirname(manifest), bin["redocly"] ?? "bin/cli.js");
}

export interface RedoclyRun {
  readonly problems: readonly LintProblem[];
  /** Set when Redocly could not run or its output could not be read. */
  readonly failure?: string;
}

export async function runRedocly(files: readonly string[], config?: string): Promise<RedoclyRun> {
  const args = [
    redoclyBin(),
    "lint",
    ...files,
    "--format=json",
    ...(config ? ["--config", config] : []),
  ];
  const env = {
    ...process.env,
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    NO_COLOR: "1",
  };
  const { stdout, stderr } = await capture(process.execPath, args, env);
  // One JSON report per file, written back to back (`}{`).
  const reports = jsonObjects(stdout);
  try {
    if (reports.length === 0) throw new Error("no report");
    const problems = reports.flatMap(
      (r) => (JSON.parse(r) as { problems: RedoclyProblem[] }).problems,
    );
    return { problems: problems.map(toProblem) };
  } catch {
    return { problems: [], failure: (stderr || stdout).trim().split("\n").slice(-5).join("\n") };
  }
}

/** The top-level JSON objects of a text, in order (strings and escapes respected). */
export function jsonObjects(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"' && depth > 0) inString = true;
    else if (ch === "{" && depth++ === 0) start = i;
    else if (ch === "}" && depth > 0 && --depth === 0) found.push(text.slice(start, i + 1));
  }
  return found;
}

function toProblem(p: RedoclyProblem): LintProblem {
  const location = p.location?.[0];
  const file = location?.source?.ref;
  return {
    source: "redocly",
    rule: p.ruleId,
    severity: p.severity === "error" ? "error" : "warning",
    message: p.message,
    ...(location?.pointer !== undefined ? { pointer: location.pointer.replace(/^#/, "") } : {}),
    ...(file !== undefined
      ? {
          position: {
            file: displayPath(file),
            line: location?.start?.line ?? 1,
            column: location?.start?.col ?? 1,
          },
        }
      : {}),
    ...(p.reference ? { hint: p.reference } : {}),
  };
}

function displayPath(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return rel.split(path.sep).join("/");
}

function capture(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve({ stdout, stderr }));
  });
}
