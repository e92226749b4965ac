/**
 * `npm run diff -- BASE [HEAD] [--json] [--ignore FILE] [--verbose]`
 *
 * Compares two versions of a spec as a client of the generated package sees them; prints the
 * report (stdout) or diagnostics (stderr) and sets the exit code.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Diagnostic } from "./diagnostics.js";
import { formatDiagnostic, useColor } from "./report.js";

const DEFAULT_HEAD = "spec/openapi.yaml";

export const HELP = `Usage: npm run diff -- BASE [HEAD] [options]

Compare two versions of an OpenAPI document as a client of the generated package sees them:
what a client sends (request) and what it reads (response) are judged separately, enums marked
\`x-open-enum: true\` are open, and the generated names (types, validators, client methods) count.
Both versions go through the generator's load → check → model, so $ref layout, key order, YAML
style and descriptions never count as breaking.

BASE and HEAD are files, or git:REF:PATH (PATH from the repository root, read with git:
git:main:spec/openapi.yaml). HEAD defaults to ${DEFAULT_HEAD}.

Options:
  --json          print { "verdict", "changes": [{ level, code, message, pointer, file, line,
                  column }] } instead of the report
  --ignore FILE   changes accepted on purpose, one per line: <code> <pointer> <reason>
                  (# comments; the pointer as printed; a reason is required)
  --verbose       also list info changes (descriptions) in the report
  -h, --help      show this help

Verdict: major if anything is breaking, else minor if anything is non-breaking, else patch when
only descriptions changed, else none. It is compared with the change of info.version.

Exit codes:
  0  no breaking change that is not in the ignore list, or the major version was bumped
  1  breaking changes, and info.version's major did not move (0.x: the minor)
  2  bad input: a spec cannot be read or is invalid (the diagnostics generate gives), a bad
     ignore list, or bad arguments
  3  internal error: a bug; please report it
`;

interface Args {
  readonly base: string;
  readonly head: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly ignore?: string;
}

function parse(argv: readonly string[]): Args | "help" | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        ignore: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split(". ")[0]!;
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) return "missing BASE (the spec to compare against)";
  if (positionals.length > 2) return `unexpected argument ${positionals[2]}`;
  return {
    base: positionals[0]!,
    head: positionals[1] ?? DEFAULT_HEAD,
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    ...(values.ignore !== undefined ? { ignore: values.ignore } : {}),
  };
}

async function readIgnoreList(file: string) {
  const { parseIgnoreList } = await import("./diff/ignore.js");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return `cannot read ignore list ${file}: not found`;
  }
  const list = parseIgnoreList(text, file);
  if (list.problems.length === 0) return list.entries;
  return list.problems
    .map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: error: ${p.message}`)
    .join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = parse(argv);
  if (args === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (typeof args === "string") {
    process.stderr.write(`error: ${args}\nRun with --help for usage.\n`);
    return 2;
  }
  const ignore = args.ignore !== undefined ? await readIgnoreList(args.ignore) : [];
  if (typeof ignore === "string") {
    process.stderr.write(ignore + "\n");
    return 2;
  }
  const { diffSpecs } = await import("./diff/index.js");
  const { InputError } = await import("./diff/input.js");
  let result;
  try {
    result = await diffSpecs({ base: args.base, head: args.head, ignore });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  if (result.kind === "bad-input") {
    const color = useColor(process.stderr);
    for (const input of result.inputs) {
      const print = (d: Diagnostic): string =>
        formatDiagnostic(d, { color, readText: input.readText });
      const errors = input.diagnostics.filter((d) => d.severity === "error");
      process.stderr.write(
        `${input.label}: cannot be compared (${errors.length} error${errors.length === 1 ? "" : "s"})\n\n`,
      );
      process.stderr.write(errors.map(print).join("\n\n") + "\n\n");
    }
    return 2;
  }
  const { formatJson, formatText } = await import("./diff/report.js");
  process.stdout.write(
    args.json ? formatJson(result) + "\n" : formatText(result, { verbose: args.verbose }),
  );
  if (args.json) {
    // The report lists stale ignore entries; with --json they go to stderr (stdout stays JSON).
    for (const e of result.unusedIgnores) {
      process.stderr.write(
        `warning: ignore entry on line ${e.line} (${e.code} ${e.pointer}) matched no change\n`,
      );
    }
  }
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `internal error: ${message}\nThis is a bug in diff: please report it (with both specs and the command line).\n`,
    );
    process.exitCode = 3;
  },
);
