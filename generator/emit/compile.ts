/**
 * TypeScript source → ESM JavaScript + declarations, one file at a time, with no type-checker:
 * the runtime templates (templates/runtime/*.ts), compiled when the generator is built (the
 * emitted client is printed directly, emit/client.ts).
 *
 * What `transpileModule` and `transpileDeclaration` do (the sources are isolatedDeclarations-clean),
 * in ONE program: the source is parsed and bound once, and one emit writes both files (the two
 * calls each parsed the source again). The options are theirs (`isolatedModules`, `noCheck`,
 * `noResolve`, `isolatedDeclarations`); test/emit/compile.test.ts compares the bytes with the two
 * calls.
 */
import { loadTypeScript, type TypeScript } from "../heavy-modules.js";
import type { EmittedFile } from "../model/types.js";

export interface TypeScriptSource {
  /** Output path without extension, e.g. `client` or `runtime/form`. */
  readonly path: string;
  readonly source: string;
}

/** The compiler options both outputs are printed with. */
export function compilerOptions(ts: TypeScript) {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    verbatimModuleSyntax: false,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
    useDefineForClassFields: true,
  };
}

/** The bare-bones lib `transpileDeclaration` gives its program (no type is looked up in it). */
const LIB_NAME = "lib.d.ts";
const LIB_TEXT = `interface Boolean {}
interface Function {}
interface CallableFunction {}
interface NewableFunction {}
interface IArguments {}
interface Number {}
interface Object {}
interface RegExp {}
interface String {}
interface Array<T> { length: number; [n: number]: T; }
interface SymbolConstructor {
    (desc?: string | number): symbol;
    for(name: string): symbol;
    readonly toStringTag: symbol;
}
declare var Symbol: SymbolConstructor;
interface Symbol {
    readonly [Symbol.toStringTag]: string;
}`;

export async function compileTypeScript(
  sources: readonly TypeScriptSource[],
  header: string,
): Promise<EmittedFile[]> {
  // ts-morph's TypeScript (the copy the whole run shares): the output is the same as 5.9's.
  const ts = loadTypeScript();
  return sources.flatMap(({ path, source }) => {
    const { js, dts } = transpile(ts, `${path}.ts`, source);
    return [
      { path: `${path}.js`, contents: header + js },
      { path: `${path}.d.ts`, contents: header + dts },
    ];
  });
}

function transpile(ts: TypeScript, fileName: string, source: string) {
  const options = {
    ...compilerOptions(ts),
    isolatedModules: true,
    noCheck: true,
    noResolve: true,
    noLib: false,
    declaration: true,
    isolatedDeclarations: true,
    suppressOutputPathCheck: true,
    allowNonTsExtensions: true,
    jsx: ts.JsxEmit.Preserve,
  };
  const file = ts.createSourceFile(fileName, source, options.target);
  const lib = ts.createSourceFile(LIB_NAME, LIB_TEXT, ts.ScriptTarget.Latest);
  const outputs = new Map<string, string>();
  const host: import("typescript").CompilerHost = {
    getSourceFile: (name) => (name === fileName ? file : name === LIB_NAME ? lib : undefined),
    writeFile: (name, text) => void outputs.set(name, text),
    getDefaultLibFileName: () => LIB_NAME,
    useCaseSensitiveFileNames: () => false,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => "",
    getNewLine: () => "\n",
    fileExists: (name) => name === fileName || name === LIB_NAME,
    readFile: () => "",
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram([fileName], options, host);
  const result = program.emit();
  const problems = [...program.getSyntacticDiagnostics(file), ...result.diagnostics];
  if (problems.length > 0) {
    const text = problems
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
      .join("; ");
    throw new Error(`cannot emit declarations for ${fileName}: ${text}`);
  }
  const stem = fileName.replace(/\.ts$/, "");
  const js = outputs.get(`${stem}.js`);
  const dts = outputs.get(`${stem}.d.ts`);
  if (js === undefined || dts === undefined) throw new Error(`cannot compile ${fileName}`);
  return { js, dts };
}
