/**
 * The CLI's main() run in this process, its stdout and stderr captured: the CLI's behaviour
 * without a process start per case. Calls are serialised (they share process.stdout/stderr).
 * test/cli/smoke.test.ts runs the real executable.
 */
import { fileURLToPath } from "node:url";
import { main } from "../../generator/cli.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

let queue: Promise<unknown> = Promise.resolve();

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const result = queue.then(() => capture(args, env));
  queue = result.catch(() => undefined);
  return result;
}

async function capture(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const saved = { ...process.env };
  Object.assign(process.env, { NO_COLOR: "1", FORCE_COLOR: "0" }, env);
  delete process.env["npm_lifecycle_event"];
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof stdout;
  process.stderr.write = ((chunk: string) => err.push(String(chunk)) > 0) as typeof stderr;
  try {
    const code = await main(args);
    return {
      code,
      stdout: out.join(""),
      stderr: err.join(""),
      output: out.join("") + err.join(""),
    };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
