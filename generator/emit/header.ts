import type { ApiModel } from "../model/types.js";
import { lineCommentText } from "./text.js";

/** The first lines of every generated code file: where it came from, and "do not edit". */
export function codeHeader(model: ApiModel): string {
  return (
    `// Generated from ${lineCommentText(model.specFile)} (sha256 ${model.specSha256}).\n` +
    `// Do not edit: change the spec and run \`npm run generate\`.\n`
  );
}

/** The same for Markdown files. */
export function markdownHeader(model: ApiModel): string {
  const file = lineCommentText(model.specFile).replace(/--/g, "- -");
  return `<!-- Generated from ${file} (sha256 ${model.specSha256}). Do not edit. -->\n`;
}
