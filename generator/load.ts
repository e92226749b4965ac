/**
 * load(): read the spec (YAML or JSON, one file or many), bundle it into one document whose
 * `$ref`s are all local, and keep the means to trace any node back to file:line:column.
 * Bad input never throws: it comes back as diagnostics. See `load/bundle.ts` for the bundling rules.
 */
import path from "node:path";
import type { Diagnostic, SourcePosition } from "./diagnostics.js";
import type { LoadedSpec } from "./spec-source.js";
import { Bundler, isPlainObject, type Origin } from "./load/bundle.js";
import { parsePointer } from "./load/pointer.js";
import type { SourceFile } from "./load/source.js";

export interface LoadResult {
  spec?: LoadedSpec;
  diagnostics: Diagnostic[];
  readText?: (file: string) => string | undefined;
}

/** Where a pointer of the bundled document came from: the file and the pointer inside it. */
export interface SourceLocation {
  readonly file: string;
  readonly pointer: string;
  readonly position: SourcePosition;
}

class BundledSpec implements LoadedSpec {
  readonly entryFile: string;
  readonly files: readonly string[];
  readonly sha256: string;
  readonly document: Record<string, unknown>;
  private readonly origins: ReadonlyMap<string, Origin>;
  private readonly byDisplay: ReadonlyMap<string, SourceFile>;

  constructor(
    entry: SourceFile,
    loaded: readonly SourceFile[],
    sha256: string,
    document: Record<string, unknown>,
    origins: ReadonlyMap<string, Origin>,
  ) {
    this.entryFile = entry.display;
    this.files = loaded.map((f) => f.display);
    this.sha256 = sha256;
    this.document = document;
    this.origins = origins;
    this.byDisplay = new Map(loaded.map((f) => [f.display, f]));
  }

  /** File and in-file pointer of a bundled pointer (nearest recorded ancestor + the rest). */
  source(pointer: string): SourceLocation | undefined {
    let prefix = pointer.startsWith("#") ? pointer.slice(1) : pointer;
    let suffix = "";
    for (;;) {
      const origin = this.origins.get(prefix);
      if (origin) {
        const inFile = origin.pointer + suffix;
        const pos = origin.file.positionOf(parsePointer(inFile));
        return {
          file: origin.file.display,
          pointer: inFile,
          position: { file: origin.file.display, line: pos.line, column: pos.column },
        };
      }
      if (prefix === "") return undefined;
      const i = prefix.lastIndexOf("/");
      if (i < 0) return undefined;
      suffix = prefix.slice(i) + suffix;
      prefix = prefix.slice(0, i);
    }
  }

  locate(pointer: string): SourcePosition | undefined {
    return this.source(pointer)?.position;
  }

  readText(file: string): string | undefined {
    return this.byDisplay.get(file)?.text;
  }
}

/** The in-file location of a bundled pointer, when `spec` came from `load()`. */
export function sourceOf(spec: LoadedSpec, pointer: string): SourceLocation | undefined {
  if (spec instanceof BundledSpec) return spec.source(pointer);
  const position = spec.locate(pointer);
  return position ? { file: position.file, pointer, position } : undefined;
}

export async function load(specPath: string): Promise<LoadResult> {
  const bundler = new Bundler();
  const abs = path.resolve(specPath);
  const readText = (file: string): string | undefined =>
    bundler.loaded.find((f) => f.display === file)?.text;

  const first = bundler.loadFile(abs, true);
  if (!first.ok) {
    return {
      diagnostics: [
        {
          code: "file-not-found",
          severity: "error",
          message: `cannot read spec file ${first.reason.replace(/ not found$/, ": not found")}`,
        },
      ],
      readText,
    };
  }
  const entry = first.file;
  if (entry.empty) {
    return {
      diagnostics: [
        {
          code: "file-empty",
          severity: "error",
          message: `spec file ${entry.display} is empty`,
          position: { file: entry.display, line: 1, column: 1 },
        },
      ],
      readText,
    };
  }
  if (entry.value === undefined) return { diagnostics: bundler.diagnostics, readText };

  const root = entry.value;
  if (!isPlainObject(root)) {
    bundler.diagnostics.push({
      code: "not-openapi",
      severity: "error",
      message: `the document is ${describe(root)}, not an OpenAPI object`,
      pointer: "",
      position: { file: entry.display, line: 1, column: 1 },
    });
    return { diagnostics: bundler.diagnostics, readText };
  }

  // Only OpenAPI 3.x is bundled; anything else goes to check() as is, to be reported there.
  const isOpenApi3 = typeof root.openapi === "string" && /^3\./.test(root.openapi);
  const document = isOpenApi3 ? bundler.bundle(entry) : root;
  if (!bundler.origins.has("")) bundler.origins.set("", { file: entry, pointer: "" });
  const spec = new BundledSpec(entry, bundler.loaded, bundler.sha256, document, bundler.origins);
  return { spec, diagnostics: bundler.diagnostics, readText: (file) => spec.readText(file) };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}
