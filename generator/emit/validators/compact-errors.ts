/**
 * Shortens the error sites of ajv's standalone code (about half of `validators.js`).
 *
 * With `allErrors` and `lines: true`, ajv prints every failed check as
 *
 *     const err3 = {instancePath:…,schemaPath:"…",keyword:"…",params:{…},message:…};
 *     if(vErrors === null){
 *     vErrors = [err3];
 *     }
 *     else {
 *     vErrors.push(err3);
 *     }
 *     errors++;
 *
 * When everything but the instance path is fixed (literals, `schemaValueN` consts), the fixed part
 * becomes a module-level `const issueN = ["…", {…}];`, one per distinct error (inlined copies of a
 * schema report the same ones), and the site `vErrors = __issue(vErrors, …, issueN);`. The keyword
 * and message are left out of the const when `__issue` derives the same ones (checked here, site
 * by site, with the runtime's own `message`). Other sites become `vErrors = __err(vErrors, …);`.
 * Both helpers (the `err` and `issue` regions of templates/validators/runtime.js) build the same
 * object as ajv, keys in the same order: only invalid data runs them. A site of another shape is
 * left as ajv printed it.
 *
 * Safe to match as text: every statement of ajv's code is on a line of its own, and no string
 * literal in it holds a raw line break (ajv prints strings with JSON.stringify), so the
 * multi-line pattern can only match code; the object literal is split by a scanner that skips
 * string literals and nested brackets.
 */
import { message as runtimeMessage } from "../../../templates/validators/runtime.js";

const SITE =
  /^const (err\d+) = (\{.*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\n/gm;
const SCHEMA_VALUE = /^const (schemaValue\d+) = (.*);$/gm;
const FIELDS = ["instancePath", "schemaPath", "keyword", "params", "message"] as const;

export interface Compacted {
  readonly code: string;
  /** Runtime regions the code now needs. */
  readonly regions: readonly string[];
}

export function compactErrors(code: string): Compacted {
  const values = new Map<string, unknown>();
  for (const match of code.matchAll(SCHEMA_VALUE)) values.set(match[1]!, JSON.parse(match[2]!));
  const issues = new Map<string, string>(); // entry and params → const name
  const regions = new Set<string>();
  const out = code.replace(SITE, (site: string, _name: string, object: string) => {
    const fields = errorFields(object);
    if (fields === undefined) return site;
    const [instancePath, ...fixed] = fields as [string, string, string, string, string];
    const entry = fixedEntry(fixed, values);
    if (entry === undefined) {
      regions.add("err");
      return `vErrors = __err(vErrors, ${fields.join(", ")});\n`;
    }
    // Keyed with the params too: `__issue` derives the message from the first call's params.
    const key = `${entry}\u0000${fixed[2]}`;
    let name = issues.get(key);
    if (name === undefined) {
      name = `issue${issues.size}`;
      issues.set(key, name);
    }
    regions.add("issue");
    return `vErrors = __issue(vErrors, ${instancePath}, ${name}, ${fixed[2]});\n`;
  });
  if (issues.size === 0) return { code: out, regions: [...regions] };
  const declarations = [...issues].map(
    ([key, name]) => `const ${name} = ${key.split("\u0000")[0]};\n`,
  );
  // After the `schemaValueN` consts the issues may read.
  const head = /^\n*(?:const schemaValue\d+ = .*;\n)*/.exec(out)![0];
  return { code: head + declarations.join("") + out.slice(head.length), regions: [...regions] };
}

/** The five values of `{instancePath…,message:…}` in order, or undefined for another shape. */
export function errorFields(object: string): string[] | undefined {
  const members = splitTopLevel(object.slice(1, -1), ",");
  if (members === undefined || members.length !== FIELDS.length) return undefined;
  const values: string[] = [];
  for (const [index, field] of FIELDS.entries()) {
    const member = members[index] as string;
    if (member === field) values.push(field);
    else if (member.startsWith(`${field}:`)) values.push(member.slice(field.length + 1));
    else return undefined;
  }
  return values;
}

/**
 * `[schemaPath]` or `[schemaPath, keyword, message]` as code, when schema path and keyword are
 * string literals and params and message are fixed; else undefined.
 */
function fixedEntry(
  [schemaPath, keyword, params, message]: readonly [string, string, string, string],
  values: ReadonlyMap<string, unknown>,
): string | undefined {
  const path = stringLiteral(schemaPath);
  const name = stringLiteral(keyword);
  const paramValues = fixedParams(params, values);
  const text = fixedMessage(message);
  if (path === undefined || name === undefined || paramValues === undefined) return undefined;
  if (text === undefined) return undefined;
  const derived =
    path.slice(path.lastIndexOf("/") + 1) === name && runtimeMessage(name, paramValues) === text;
  return derived ? `[${schemaPath}]` : `[${schemaPath}, ${keyword}, ${safeStringify(text)}]`;
}

/** `{limit: 5000, type: schemaValue3}` → its value, when every member is fixed. */
function fixedParams(
  params: string,
  values: ReadonlyMap<string, unknown>,
): Record<string, unknown> | undefined {
  if (!params.startsWith("{") || !params.endsWith("}")) return undefined;
  const inner = params.slice(1, -1).trim();
  const members = inner === "" ? [] : splitTopLevel(inner, ",");
  if (members === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const member of members) {
    const match = /^\s*([A-Za-z_$][\w$]*): (.*)$/s.exec(member);
    if (!match) return undefined;
    const value = literal(match[2]!, values);
    if (value === undefined) return undefined;
    Object.defineProperty(out, match[1]!, { value: value.value, enumerable: true });
  }
  return out;
}

/** A literal (JSON) or a `schemaValueN` const. */
function literal(
  text: string,
  values: ReadonlyMap<string, unknown>,
): { value: unknown } | undefined {
  if (values.has(text)) return { value: values.get(text) };
  if (!/^(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)$/.test(text))
    return undefined;
  return { value: JSON.parse(text) as unknown };
}

/** `"a"` or `"a"+"b"+…` → its text; undefined when any part is not a string literal. */
function fixedMessage(message: string): string | undefined {
  const parts = splitTopLevel(message, "+");
  if (parts === undefined) return undefined;
  let text = "";
  for (const part of parts) {
    const value = stringLiteral(part);
    if (value === undefined) return undefined;
    text += value;
  }
  return text;
}

/** JSON as ajv prints it: U+2028/U+2029 escaped. */
export function safeStringify(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function stringLiteral(text: string): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(text)) return undefined;
  return JSON.parse(text) as string;
}

/** Splits at top-level separators (outside strings and brackets); undefined if unbalanced. */
function splitTopLevel(text: string, separator: string): string[] | undefined {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      i = stringEnd(text, i);
      if (i === -1) return undefined;
    } else if (char === "{" || char === "[" || char === "(") depth++;
    else if (char === "}" || char === "]" || char === ")") {
      if (--depth < 0) return undefined;
    } else if (char === separator && depth === 0) {
      members.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  members.push(text.slice(start));
  return members;
}

/** Index of the closing quote of the string literal opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
