/**
 * `npm run lint:spec -- [FILE…] [--max-warnings N] [--config FILE] [--strict-formats]`
 *
 * Lints any OpenAPI document: Redocly's rules (recommended, plus what redocly.yaml adds for the
 * APIs it lists) and the generator's own checks (the diagnostics `generate` would give), each
 * with file:line:col. Prints the findings (stderr) and a summary, and sets the exit code.
 */
import { parseArgs } from "node:util";
import { compareProblems, formatProblem, type LintProblem } from "./lint/problem.js";

const DEFAULT_SPEC = "spec/openapi.yaml";

export const HELP = `Usage: npm run lint:spec -- [FILE…] [options]

Lint OpenAPI 3.0/3.1 documents (default: ${DEFAULT_SPEC}) with Redocly and with the generator's
own checks (the diagnostics \`npm run generate\` would give), each reported at file:line:col.

Redocly reads redocly.yaml from the current folder (or --config): its root rules apply to every
file (Redocly's recommended set here), and an entry under \`apis:\` adds rules for the file it
names as \`root\` (redocly.yaml gives spec/openapi.yaml its own rules: form bodies, JSON responses, …).

Options:
  --max-warnings N           fail when there are more than N warnings (default: no limit)
  --config FILE              Redocly configuration (default: redocly.yaml in the current folder)
  --strict-formats           an unknown \`format\` is an error, not a warning (as generate)
  -h, --help                 show this help

Exit codes:
  0  no error (and no more warnings than --max-warnings)
  1  lint errors, or more warnings than --max-warnings
  2  bad input: a file cannot be read as an OpenAPI document, or bad arguments
  3  internal error (Redocly could not run, or a bug): please report it
`;

/** Findings both linters make: the generator's own message is kept (it is the one generate prints). */
const DUPLICATED_REDOCLY_RULES = new Set([
  "struct",
  "no-unresolved-refs",
  "operation-operationId-unique",
  "path-parameters-defined",
]);

interface Args {
  readonly files: readonly string[];
  readonly maxWarnings: number;
  readonly config?: string;
  readonly strictFormats: boolean;
}

function parse(argv: readonly string[]): Args | "help" | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        "max-warnings": { type: "string" },
        config: { type: "string" },
        "strict-formats": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) return "help";
    const max = values["max-warnings"];
    if (max !== undefined && !/^\d+$/.test(max)) return `--max-warnings needs a number, got ${max}`;
    return {
      files: positionals.length > 0 ? positionals : [DEFAULT_SPEC],
      maxWarnings: max === undefined ? Infinity : Number(max),
      ...(values.config !== undefined ? { config: values.config } : {}),
      strictFormats: values["strict-formats"] ?? false,
    };
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split(". ")[0]!;
  }
}

async function lint(
  args: Args,
): Promise<{ problems: LintProblem[]; unreadable: string[]; failure?: string }> {
  const { runRedocly } = await import("./lint/redocly.js");
  const { generatorChecks } = await import("./lint/generator-checks.js");
  const problems: LintProblem[] = [];
  const unreadable: string[] = [];
  for (const file of args.files) {
    const checked = await generatorChecks(file, !args.strictFormats);
    problems.push(...checked.problems);
    if (checked.unreadable) unreadable.push(file);
  }
  // Redocly stops at the first file it cannot parse: it only sees the readable ones.
  const readable = args.files.filter((f) => !unreadable.includes(f));
  const { problems: found, failure } =
    readable.length > 0 ? await runRedocly(readable, args.config) : { problems: [] };
  const kept = found.filter((p) => !DUPLICATED_REDOCLY_RULES.has(p.rule));
  return {
    problems: [...problems, ...kept].sort(compareProblems),
    unreadable,
    ...(failure ? { failure } : {}),
  };
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
  const result = await lint(args);
  for (const p of result.problems) process.stderr.write(formatProblem(p) + "\n\n");
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `${plural(args.files.length, "file")} linted: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  if (result.unreadable.length > 0) {
    process.stderr.write(
      `${summary}; cannot be read as OpenAPI: ${result.unreadable.join(", ")}\n`,
    );
    return 2;
  }
  if (result.failure !== undefined) {
    process.stderr.write(`internal error: Redocly did not run:\n${result.failure}\n`);
    return 3;
  }
  const failed = errors > 0 || warnings > args.maxWarnings;
  (failed ? process.stderr : process.stdout).write(summary + "\n");
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(
      `internal error: ${message}\nThis is a bug in lint:spec: please report it.\n`,
    );
    process.exitCode = 3;
  },
);
