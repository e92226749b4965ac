/**
 * ajv's standalone code embeds a whole root schema (`const schema12 = {…};`) as soon as its code
 * reads one array of it: an `enum`'s values (`allowedValues`) or a `type` list
 * (`schema12.properties.owner.type`). This keeps only the values read, each once per distinct
 * value (`const schemaValue0 = ["a","b"];`), and drops the rest: on a 365-path public spec the
 * embedded schemas were about 1.4 MB.
 *
 * Safe to rewrite as text: a `schemaN` const holds JSON (ajv prints it with JSON.stringify), and
 * its uses are member chains ajv prints as `.name`, `["key"]` or `[index]`; a chain that cannot
 * be followed in the value, or a use of the bare name, keeps the const as it is.
 */
import { safeStringify } from "./compact-errors.js";

const CONST = /^const (schema\d+) = (.*);$/gm;
/** A string literal (skipped: spec text is never rewritten), or a use of a `schemaN` const. */
const USE =
  /"(?:[^"\\\n]|\\.)*"|\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])*)/g;
const STEP = /\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]/g;

export function slimSchemas(code: string): string {
  const values = new Map<string, unknown>();
  for (const match of code.matchAll(CONST)) values.set(match[1] as string, JSON.parse(match[2]!));
  if (values.size === 0) return code;
  const keep = new Set<string>();
  const hoisted = new Map<string, string>(); // JSON of a value read → its const name
  const uses = new Map<string, string>(); // `schema12.properties.x.enum` → its const name
  for (const match of code.matchAll(USE)) {
    const [use, name, chain] = match as unknown as [string, string | undefined, string];
    if (name === undefined || !values.has(name) || isDeclaration(code, match.index)) continue;
    const found = follow(values.get(name), chain);
    if (found === undefined) {
      keep.add(name);
      continue;
    }
    const json = safeStringify(found.value);
    let hoist = hoisted.get(json);
    if (hoist === undefined) {
      hoist = `schemaValue${hoisted.size}`;
      hoisted.set(json, hoist);
    }
    uses.set(use, hoist + chain.slice(found.length));
  }
  const declarations = [...hoisted].map(([json, hoist]) => `const ${hoist} = ${json};`);
  let out = code.replace(USE, (use: string, name: string | undefined) =>
    name === undefined || keep.has(name) ? use : (uses.get(use) ?? use),
  );
  out = out.replace(CONST, (line: string, name: string) => (keep.has(name) ? line : ""));
  out = out.replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
  return declarations.length > 0 ? `${declarations.join("\n")}\n${out}` : out;
}

function isDeclaration(code: string, index: number): boolean {
  return code.startsWith("const ", index - 6) && (index === 6 || code[index - 7] === "\n");
}

/**
 * The value at the longest prefix of a member chain that the value has (`.enum` of
 * `.enum.includes`), and the length of that prefix; undefined when not even the first step is
 * there.
 */
function follow(value: unknown, chain: string): { value: unknown; length: number } | undefined {
  let node = value;
  let length = 0;
  for (const step of chain.matchAll(STEP)) {
    const key = step[1] ?? (step[2] !== undefined ? (JSON.parse(step[2]) as string) : step[3]);
    if (typeof node !== "object" || node === null) break;
    if (!Object.prototype.hasOwnProperty.call(node, key as string)) break;
    node = (node as Record<string, unknown>)[key as string];
    length = step.index + step[0].length;
  }
  return length === 0 ? undefined : { value: node, length };
}
