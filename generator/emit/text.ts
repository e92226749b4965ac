/** Safe text for generated code: nothing from the spec can close a comment or a string. */

/** Text for inside a `/** … *\/` block: `*\/` cannot end it, `@` tags from the spec stay text. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/\u2028|\u2029/g, " ")
    .trim();
}

/** A one-line comment's text: no line breaks. */
export function lineCommentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** A JavaScript string literal for any text. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

/** `obj.name` when `name` is a plain identifier, else `obj["name"]`. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}
