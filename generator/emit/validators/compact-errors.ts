/**
 * Shortens the error sites of ajv's standalone code (about 40% of `validators.js`).
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
 * which becomes `vErrors = __err(vErrors, …, "…", "…", {…}, …);` and `errors++;`. `__err` (the
 * `err` region of templates/validators/runtime.js) builds the same object, keys in the same order,
 * and appends it the same way: only invalid data runs it. A site whose object has any other shape
 * is left as ajv printed it.
 *
 * Safe to match as text: every statement of ajv's code is on a line of its own, and no string
 * literal in it holds a raw line break (ajv prints strings with JSON.stringify), so the
 * multi-line pattern can only match code; the object literal is split by a scanner that skips
 * string literals and nested brackets.
 */
const SITE =
  /^const (err\d+) = (\{.*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\n/gm;

const FIELDS = ["instancePath", "schemaPath", "keyword", "params", "message"] as const;

/** ajv's code with its error sites shortened; `used` tells whether `__err` is needed. */
export function compactErrors(code: string): { code: string; used: boolean } {
  let used = false;
  const out = code.replace(SITE, (site: string, _name: string, object: string) => {
    const values = errorFields(object);
    if (values === undefined) return site;
    used = true;
    return `vErrors = __err(vErrors, ${values.join(", ")});\n`;
  });
  return { code: out, used };
}

/** The five values of `{instancePath…,message:…}` in order, or undefined for another shape. */
export function errorFields(object: string): string[] | undefined {
  const members = splitTopLevel(object.slice(1, -1));
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

/** `a:1,b:{c,d},e:"x,y"` → members split at top-level commas; undefined if unbalanced. */
function splitTopLevel(text: string): string[] | undefined {
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
    } else if (char === "," && depth === 0) {
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
