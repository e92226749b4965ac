import type { ApiModel } from "../model/types.js";
import { lineCommentText } from "./text.js";

/**
 * The spec's file name (no folder: the output must not depend on where the command ran). The
 * spec's hash and the generator's version are recorded once, in the output's manifest.
 */
export function specFileName(model: ApiModel): string {
  const file = model.specFile;
  return file.slice(file.lastIndexOf("/") + 1);
}

/** The first line of every generated code file: "generated — do not edit" and the spec's name. */
export function codeHeader(model: ApiModel): string {
  return `// Generated from ${lineCommentText(specFileName(model))} — do not edit.\n`;
}

/** The same for Markdown files. */
export function markdownHeader(model: ApiModel): string {
  const file = lineCommentText(specFileName(model)).replace(/--/g, "- -");
  return `<!-- Generated from ${file} — do not edit. -->\n`;
}
