/**
 * `npm run generate -- [--spec FILE] [--out DIR] [--check] [--force] [--strict-formats] [--help]`
 *
 * main(): parses the command line, calls run(), prints diagnostics (stderr) and a summary, and
 * returns the exit code (bin.ts is the executable). Start-up stays lean: the pipeline is imported
 * only once the arguments are ok.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Diagnostic } from "./diagnostics.js";
import type { RunResult } from "./index.js";
import { displayDir } from "./out-guard.js";
import { formatDiagnostic, formatSummary, useColor } from "./report.js";
import { formatStale } from "./stale-report.js";

const DEFAULT_SPEC = "spec/openapi.yaml";
const DEFAULT_OUT = "generated";

/** Warnings printed in full (with a code frame); further ones are printed on one line each. */
const FULL_WARNINGS = 10;

export const HELP = `Usage: npm run generate -- [options]

Generate TypeScript types, a fetch client and precompiled ajv validators from an OpenAPI 3.0/3.1
document (YAML or JSON; $refs to other files are followed).

Options:
  --spec FILE   OpenAPI document to read (default: ${DEFAULT_SPEC})
  --out DIR     output folder (default: ${DEFAULT_OUT}/)
  --check       write nothing; exit 1 if the output folder is not what the spec produces
                (files that differ, are missing, or would be removed), with a short diff
  --force       write into a folder that holds files the generator did not write (they are
                kept), or into the project's folder; never into the spec's folder or its parents
  --strict-formats
                a \`format\` the validators do not know is an error; by default it is a warning
                (one per format) and the value is checked by its type alone. A spec can list
                formats to accept unchecked in a top-level \`x-formats\` array
  --timings     print how long each stage took (stderr)
  -h, --help    show this help

The generator writes only into an empty folder or one it wrote before (it leaves a manifest,
.generator-manifest.json, recording the spec's hash, the options, the generator's version and
every file it wrote). It removes only files it wrote. When the spec, the options and the generator
are those of the manifest and the files match it, nothing is done. A folder holding only its files
is replaced in one step (written beside it, then swapped in).

Exit codes:
  0  success (or, with --check, the output is up to date)
  1  --check: the output folder is stale
  2  bad input: the spec cannot be read or is invalid (see the diagnostics), or bad arguments
  3  internal error: a bug in the generator; please report it

Diagnostics go to stderr, coloured when stderr is a terminal and neither CI nor NO_COLOR is set.
`;

interface Args {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly force: boolean;
  readonly strictFormats: boolean;
  readonly timings: boolean;
  readonly help: boolean;
}

function parse(argv: readonly string[]): Args | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        spec: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "strict-formats": { type: "boolean", default: false },
        // The default since unknown formats warn; kept so older build scripts still run.
        "accept-unknown-formats": { type: "boolean", default: false },
        timings: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return {
      spec: values.spec ?? DEFAULT_SPEC,
      out: values.out ?? DEFAULT_OUT,
      check: values.check ?? false,
      force: values.force ?? false,
      strictFormats: values["strict-formats"] ?? false,
      timings: values.timings ?? false,
      help: values.help ?? false,
    };
  } catch (error) {
    return argumentError(error);
  }
}

function argumentError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown option ${option}`;
  }
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /'([^']+)'/.exec(message)?.[1];
    return arg ? `unexpected argument ${arg} (use --spec FILE)` : "unexpected argument";
  }
  return message.split(". ")[0]!.replace(/\.$/, "");
}

async function countFiles(dir: string): Promise<number | undefined> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).length;
  } catch {
    return undefined;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === "string") {
    process.stderr.write(`error: ${args}\nRun with --help for usage.\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }

  const { run } = await import("./index.js");
  const result = await run({
    spec: args.spec,
    out: args.out,
    check: args.check,
    force: args.force,
    strictFormats: args.strictFormats,
  });
  printTimings(args, result);
  const color = useColor(process.stderr);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const warnings = result.diagnostics.filter((d) => d.severity === "warning");
  const print = (d: Diagnostic, full: boolean): void => {
    const text = formatDiagnostic(d, { color, readText: full ? result.readText : () => undefined });
    process.stderr.write((full ? text : text.split("\n", 1)[0]) + "\n" + (full ? "\n" : ""));
  };
  errors.forEach((d) => print(d, true));
  warnings.forEach((d, i) => print(d, i < FULL_WARNINGS));
  if (warnings.length > FULL_WARNINGS) process.stderr.write("\n");
  if (result.exitCode === 1) {
    const { generatorIdentity } = await import("./fingerprint.js");
    const { name } = await generatorIdentity();
    process.stderr.write(staleReport(argv, args, result, name) + "\n");
    return 1;
  }
  const summary = formatSummary({
    exitCode: result.exitCode,
    check: args.check,
    out: displayDir(args.out),
    fileCount:
      result.exitCode === 0 && !args.check && result.written.length > 0
        ? await countFiles(args.out)
        : undefined,
    stale: result.stale,
    written: result.written,
    errors: errors.length,
    warnings: warnings.length,
  });
  (result.exitCode === 0 ? process.stdout : process.stderr).write(summary + "\n");
  return result.exitCode;
}

function printTimings(args: Args, result: RunResult): void {
  if (!args.timings) return;
  for (const [stage, ms, thread] of result.timings)
    process.stderr.write(`${String(ms).padStart(6)} ms  ${stage} (${thread})\n`);
}

/** The stale files, their diff, and the command that fixes them (`binName`: this package's bin). */
function staleReport(
  argv: readonly string[],
  args: Args,
  result: RunResult,
  binName: string,
): string {
  const fixArgs = argv.filter((a) => a !== "--check" && a !== "--timings");
  const fix =
    process.env["npm_lifecycle_event"] === "generate"
      ? `npm run generate${fixArgs.length > 0 ? ` -- ${fixArgs.join(" ")}` : ""}`
      : ["npx", binName, ...fixArgs].join(" ");
  return formatStale({
    out: displayDir(args.out),
    stale: result.stale,
    expected: result.expected ?? new Map(),
    current: (file) => {
      try {
        return readFileSync(path.join(args.out, file), "utf8");
      } catch {
        return undefined;
      }
    },
    fix,
  });
}
