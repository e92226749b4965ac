/**
 * TypeScript source → ESM JavaScript + declarations, one file at a time with no type-checker
 * (`transpileModule` and `transpileDeclaration`: the sources are isolatedDeclarations-clean).
 */
import { loadTypeScript } from "../heavy-modules.js";
import type { EmittedFile } from "../model/types.js";

export interface TypeScriptSource {
  /** Output path without extension, e.g. `client` or `runtime/form`. */
  readonly path: string;
  readonly source: string;
}

export async function compileTypeScript(
  sources: readonly TypeScriptSource[],
  header: string,
): Promise<EmittedFile[]> {
  // The project's typescript (the worker thread has it loaded for openapi-typescript), not
  // ts-morph's bundled copy: the output is the same.
  const ts = loadTypeScript();
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    verbatimModuleSyntax: false,
    removeComments: false,
    newLine: ts.NewLineKind.LineFeed,
    useDefineForClassFields: true,
  };
  return sources.flatMap(({ path, source }) => {
    const fileName = `${path}.ts`;
    const js = ts.transpileModule(source, { compilerOptions, fileName }).outputText;
    const dts = ts.transpileDeclaration(source, { compilerOptions, fileName });
    const problems = dts.diagnostics ?? [];
    if (problems.length > 0) {
      const text = problems
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
        .join("; ");
      throw new Error(`cannot emit declarations for ${fileName}: ${text}`);
    }
    return [
      { path: `${path}.js`, contents: header + js },
      { path: `${path}.d.ts`, contents: header + dts.outputText },
    ];
  });
}
