/**
 * Cheaper calls between the validators of one module.
 *
 * ajv passes every call a context object and every function destructures it:
 *
 *     function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
 *     … validate3(data2, {instancePath:instancePath+"/owner",parentData:data,parentDataProperty:"owner",rootData}) …
 *
 * `parentData`, `parentDataProperty` and `rootData` are only read by options the validators are
 * not compiled with (`$data`, `useDefaults`, `coerceTypes`, `removeAdditional`). The instance path
 * is passed alone, as a second argument:
 *
 *     function validate3(data, instancePath){
 *     if(typeof instancePath !== "string") instancePath = "";
 *     … validate3(data2, instancePath+"/owner") …
 *
 * An app calls a validator with the value alone (validators.d.ts), or through `array.filter`
 * (a number as second argument): both start at the root path. The call is about a third cheaper
 * (bench/validators.ts), which lets referenced schemas be calls instead of inlined copies (see
 * emit/validators.ts, `inlineRefs`). If any other use of those three names is left, the code is
 * returned unchanged.
 *
 * The errors of a failed call are appended by the `concat` region of templates/validators/runtime.js
 * (`vErrors = __concat(vErrors, validate3.errors);`), the same expression ajv prints at each call.
 */

const SIGNATURE =
  /^(function [A-Za-z_$][\w$]*)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{$/gm;
/** String literals (skipped), or a context object of a call. */
const CONTEXT =
  /"(?:[^"\\\n]|\\.)*"|\{instancePath(?::((?:[^{}"\n]|"(?:[^"\\\n]|\\.)*")+?))?,parentData(?::[\w$]+)?,parentDataProperty(?::(?:"(?:[^"\\\n]|\\.)*"|[\w$]+))?,rootData\}/g;
/** A use of the three names outside string literals and member accesses. */
const LEFT = /"(?:[^"\\\n]|\\.)*"|(?<![\w$.])(?:parentData|parentDataProperty|rootData)(?![\w$])/g;

/** ajv's merge of a callee's errors (the callee a function or `wrapperN.validate`). */
const MERGE =
  /^vErrors = vErrors === null \? ([\w$]+(?:\.validate)?)\.errors : vErrors\.concat\(\1\.errors\);$/gm;

export interface Calls {
  readonly code: string;
  /** Runtime regions the code now needs. */
  readonly regions: readonly string[];
}

export function compactCalls(code: string): Calls {
  const positional = positionalCalls(code);
  let merged = false;
  const out = positional.replace(MERGE, (_line: string, callee: string) => {
    merged = true;
    return `vErrors = __concat(vErrors, ${callee}.errors);`;
  });
  return { code: out, regions: merged ? ["concat"] : [] };
}

function positionalCalls(code: string): string {
  const lines = code
    .replace(
      SIGNATURE,
      (_line: string, head: string) =>
        `${head}(data, instancePath){\nif(typeof instancePath !== "string") instancePath = "";`,
    )
    .split("\n");
  // Only the few lines that hold the names are scanned token by token (a string literal is never
  // rewritten: no line break is ever inside one).
  for (const [index, line] of lines.entries()) {
    if (!line.includes("parentData") && !line.includes("rootData")) continue;
    const next = line.replace(CONTEXT, (match: string, path?: string) =>
      match.startsWith('"') ? match : (path ?? "instancePath"),
    );
    for (const match of next.matchAll(LEFT)) if (!match[0].startsWith('"')) return code;
    lines[index] = next;
  }
  return lines.join("\n");
}
