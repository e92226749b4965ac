/**
 * types.d.ts: openapi-typescript's output for the bundled document, plus friendly named aliases
 * (`Source`, `CreateSourceParams`, `CreateSourceResponse`).
 */
import type { ApiModel, EmittedFile } from "../model/types.js";
import { stripAliasPrefix, withoutPrototypeKeys } from "../prototype-keys.js";
import { codeHeader } from "./header.js";
import { paramsParts, responseType } from "./operation-types.js";
import { docText, stringLiteral } from "./text.js";

export async function emitTypes(model: ApiModel): Promise<EmittedFile> {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // A private copy (openapi-typescript may annotate what it is given) without keys that would
  // reach Object.prototype inside Redocly's walker.
  const document = withoutPrototypeKeys(model.document) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(document, { silent: true });
  const generated = stripAliasPrefix(astToString(ast));
  return {
    path: "types.d.ts",
    contents: `${codeHeader(model)}\n${generated}\n${namedTypes(model)}`,
  };
}

function alias(name: string, type: string, doc?: string): string {
  const comment = doc ? `/** ${docText(doc)} */\n` : "";
  return `${comment}export type ${name} = ${type};\n`;
}

/** Aliases for component schemas and for each operation's params and response. */
export function namedTypes(model: ApiModel): string {
  const schemaAliases = model.schemas.map((s) =>
    alias(s.identifier, `components["schemas"][${stringLiteral(s.name)}]`),
  );
  const operationAliases = model.operations.flatMap((op) => {
    const parts = paramsParts(op);
    const label = `${op.method.toUpperCase()} ${op.path}`;
    return [
      ...(parts.length > 0
        ? [alias(`${op.typeName}Params`, parts.join(" & "), `Parameters of ${label}.`)]
        : []),
      alias(`${op.typeName}Response`, responseType(op), `Successful response of ${label}.`),
    ];
  });
  return [...schemaAliases, ...operationAliases].join("");
}
