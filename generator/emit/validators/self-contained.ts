/** ajv's standalone module → plain ESM: runtime helpers inlined, error sites and embedded schemas shortened. */
import { compactCalls } from "./calls.js";
import { compactErrors } from "./compact-errors.js";
import { formatBinding, hasFormatRegion, runtimeCode } from "./runtime-source.js";
import { slimSchemas } from "./slim-schemas.js";

const FORMAT_CONST =
  /^(const formats\d+ = )__formats(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\\n]|\\.)*")\]);$/gm;

/** ajv's standalone module → plain ESM with the runtime helpers it uses inlined. */
export function selfContained(code: string): string {
  let body = code.replace(/^"use strict";\n?/, "");
  body = body
    .split('require("ajv/dist/runtime/ucs2length").default')
    .join("__ucs2length")
    .split('require("ajv/dist/runtime/equal").default')
    .join("__equal");
  const calls = compactCalls(body);
  const compacted = compactErrors(slimSchemas(calls.code));
  body = compacted.code;
  const regions: string[] = [...calls.regions, ...compacted.regions];
  if (body.includes("__ucs2length")) regions.push("ucs2length");
  if (body.includes("__equal")) regions.push("equal");
  if (body.includes("__regExp")) regions.push("regExp");
  const formats = new Set<string>();
  // `const formats3 = __formats["date-time"];` → the region's binding, so a bundler keeps only
  // the formats of the validators an app imports.
  body = body.replace(
    FORMAT_CONST,
    (line: string, head: string, dotted?: string, quoted?: string) => {
      const name = dotted ?? (JSON.parse(quoted as string) as string);
      if (!hasFormatRegion(name)) return line;
      formats.add(name);
      return `${head}${formatBinding(name)};`;
    },
  );
  const inObject = new Set<string>();
  for (const match of body.matchAll(/__formats(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])/g)) {
    const name = match[1] ?? (JSON.parse(match[2] as string) as string);
    if (hasFormatRegion(name)) inObject.add(name);
  }
  const formatNames = [...inObject].sort();
  regions.push(...[...new Set([...formats, ...inObject])].sort().map((name) => `format:${name}`));
  const parts = ["/* eslint-disable */"];
  if (regions.length > 0) parts.push(runtimeCode(regions));
  if (formatNames.length > 0) {
    const entries = formatNames.map((name) => `  ${JSON.stringify(name)}: ${formatBinding(name)},`);
    parts.push(`const __formats = {\n${entries.join("\n")}\n};`);
  }
  parts.push(body.trim());
  // `</script>` stays harmless if someone inlines the module into HTML: `<\/` means `</` in the
  // string and regular-expression literals where spec text can appear.
  return `${parts.join("\n\n")}\n`.replace(/<\//g, "<\\/");
}
