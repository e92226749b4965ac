/**
 * Diagnostics are data: every stage returns them, only the CLI prints them and picks the exit code.
 * Every code is in the catalogue below, so an undocumented code does not compile.
 */

export type Severity = "error" | "warning";

export interface SourcePosition {
  /** Path of the file, relative to the current working directory when possible (never absolute in output). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** JSON pointer of the node inside its file (e.g. `/paths/~1v1~1sources/post`). */
  readonly pointer?: string;
  readonly position?: SourcePosition;
  /** What would fix it. Defaults to the catalogue's `fix`. */
  readonly hint?: string;
}

export const DIAGNOSTIC_CATALOGUE = {
  "file-not-found": { title: "Spec file not found", fix: "Pass an existing file with --spec." },
  "file-empty": { title: "Spec file is empty", fix: "Write an OpenAPI 3.0 or 3.1 document." },
  "yaml-syntax": { title: "Invalid YAML or JSON", fix: "Fix the syntax at the position shown." },
  "not-openapi": {
    title: "Not an OpenAPI document",
    fix: 'Add a top-level `openapi: "3.1.0"` (or 3.0.x) field.',
  },
  "swagger-2": {
    title: "Swagger 2.0 is not supported",
    fix: "Convert the document to OpenAPI 3 (e.g. with swagger2openapi) and run again.",
  },
  "unsupported-version": {
    title: "Unsupported OpenAPI version",
    fix: "Use OpenAPI 3.0.x or 3.1.x.",
  },
  "schema-violation": {
    title: "The document does not match the OpenAPI schema",
    fix: "Correct the field as the OpenAPI specification describes it.",
  },
  "unresolved-ref": {
    title: "A $ref cannot be resolved",
    fix: "Point the $ref at an existing file and JSON pointer.",
  },
  "duplicate-operation-id": {
    title: "Two operations share an operationId",
    fix: "Give every operation a unique operationId.",
  },
  "undeclared-path-parameter": {
    title: "A path template parameter is not declared",
    fix: "Declare it under `parameters` with `in: path` and `required: true`.",
  },
  "unknown-path-parameter": {
    title: "A path parameter is not in the path template",
    fix: "Remove the parameter or add `{name}` to the path.",
  },
  "duplicate-method-name": {
    title: "Two operations map to the same client method",
    fix: "Change `x-method-name`, the tag or the operationId so each method name is unique in its group.",
  },
  "params-collision": {
    title: "Two request parts use the same key in a method's params",
    fix: "Rename the parameter's key in `params` with `x-param-name` on the parameter (README: Extensions).",
  },
  "unsupported-feature": {
    title: "Unsupported OpenAPI construct",
    fix: "Rewrite the construct as the README's list of unsupported constructs suggests.",
  },
  "invalid-extension": {
    title: "A vendor extension has an unknown key or an ill-typed value",
    fix: 'Correct the extension as README\'s "Runtime behaviour and extensions" describes it.',
  },
  "unknown-format": {
    title: "Unknown string or number format",
    fix: "Use a format ajv-formats knows, list it in `x-formats`, or drop --strict-formats (see README).",
  },
  "invalid-pattern": {
    title: "A regular expression does not compile",
    fix: "Write a pattern that is a valid ECMAScript regular expression.",
  },
  "circular-ref": {
    title: "A $ref cycle that cannot be expressed",
    fix: "Break the cycle: only schemas may refer to themselves, through components.schemas.",
  },
  "output-not-directory": {
    title: "The output path cannot be used as the output folder",
    fix: "Pass a folder (or a path that does not exist yet) with --out.",
  },
  "output-not-owned": {
    title: "The output folder holds files the generator did not write",
    fix: "Pick an empty folder (or one the generator wrote), or pass --force: it then writes its files there and keeps the others.",
  },
  "output-protected": {
    title: "The output folder holds the spec or the project",
    fix: "Pass another folder with --out.",
  },
  "internal-error": {
    title: "Internal generator error",
    fix: "This is a bug in the generator: please report it with the spec that triggered it.",
  },
} as const satisfies Record<string, { title: string; fix: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CATALOGUE;

/** A failure that carries diagnostics; thrown by a stage, caught by `run()`, never printed by a stage. */
export class DiagnosticError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join("\n"));
    this.name = "DiagnosticError";
    this.diagnostics = diagnostics;
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
