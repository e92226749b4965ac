/**
 * Editor hovers, measured with the TypeScript language service: quick info at marked positions of
 * a consumer file that imports a generated package by its name (resolved through `paths`, as an
 * installed package would be). A marker is `/*@name*\/` written right before the word to hover.
 */
import { join } from "node:path";
import ts from "typescript";

export interface HoverInput {
  /** The generated package folder (absolute); its parent holds the consumer file (in memory). */
  readonly packageDir: string;
  readonly packageName: string;
  /** The consumer's source, with markers. */
  readonly source: string;
}

const MARKER = /\/\*@([\w-]+)\*\//g;

/** Quick-info text (what an editor's hover shows) at every marker, by marker name. */
export function hovers(input: HoverInput): Record<string, string> {
  const fileName = join(input.packageDir, "..", "__hover_consumer__.ts");
  const positions = new Map<string, number>();
  let text = "";
  let last = 0;
  for (const match of input.source.matchAll(MARKER)) {
    text += input.source.slice(last, match.index);
    positions.set(match[1] as string, text.length);
    last = (match.index ?? 0) + match[0].length;
  }
  text += input.source.slice(last);
  const service = ts.createLanguageService(
    host(fileName, text, input),
    ts.createDocumentRegistry(),
  );
  const out: Record<string, string> = {};
  for (const [name, position] of positions) {
    out[name] = name.startsWith("arg-")
      ? argumentHover(service, fileName, position)
      : quickInfo(service, fileName, position);
  }
  const errors = problems(service, fileName);
  if (errors.length > 0) throw new Error(`the consumer does not compile: ${errors.join("; ")}`);
  return out;
}

/** The type errors of a consumer file (no markers) against the package: [] when it compiles. */
export function compileErrors(input: HoverInput): string[] {
  const fileName = join(input.packageDir, "..", "__consumer__.ts");
  const service = ts.createLanguageService(
    host(fileName, input.source, input),
    ts.createDocumentRegistry(),
  );
  return problems(service, fileName);
}

function problems(service: ts.LanguageService, fileName: string): string[] {
  return [
    ...service.getSyntacticDiagnostics(fileName),
    ...service.getSemanticDiagnostics(fileName),
  ].map((d) => {
    const at = d.start === undefined ? "" : `@${d.start}: `;
    return `${at}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

/** The hover: the signature line, then the documentation (if any) after a blank line. */
function quickInfo(service: ts.LanguageService, fileName: string, position: number): string {
  const info = service.getQuickInfoAtPosition(fileName, position);
  const display = ts.displayPartsToString(info?.displayParts);
  const docs = ts.displayPartsToString(info?.documentation);
  const tags = (info?.tags ?? []).map((t) =>
    `@${t.name} ${ts.displayPartsToString(t.text)}`.trim(),
  );
  return [display, docs, ...tags].filter((part) => part !== "").join("\n\n");
}

/**
 * A marker named `arg-…` sits inside a call's argument list: what the editor shows for the
 * parameter being typed there (signature help), e.g. `source: string`.
 */
function argumentHover(service: ts.LanguageService, fileName: string, position: number): string {
  const help = service.getSignatureHelpItems(fileName, position, undefined);
  const item = help?.items[help.selectedItemIndex];
  const parameter = help && item?.parameters[help.argumentIndex];
  return ts.displayPartsToString(parameter?.displayParts);
}

function host(fileName: string, text: string, input: HoverInput): ts.LanguageServiceHost {
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    noEmit: true,
    paths: {
      [input.packageName]: [join(input.packageDir, "index.d.ts")],
      [`${input.packageName}/*`]: [join(input.packageDir, "*.d.ts")],
    },
  };
  return {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const contents = name === fileName ? text : ts.sys.readFile(name);
      return contents === undefined ? undefined : ts.ScriptSnapshot.fromString(contents);
    },
    getCurrentDirectory: () => input.packageDir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
}
