/**
 * openapi-typescript declares component schemas as members of one `components` interface, and
 * every reference is an indexed access (`components["schemas"]["Source"]`), which an editor
 * hover expands into the whole structure. Here each component schema becomes an exported
 * declaration of its own (`export interface Source { … }`, or a type alias when it is not an
 * object literal) with the schema's description as its doc comment; references and the
 * `components` members point to those names. The `components` interface keeps every key.
 */
import type * as TS from "typescript";

type TypeScript = typeof import("typescript");

/** `names`: component schema key → declaration name (keys may carry the alias prefix). */
export function liftComponentSchemas(
  ts: TypeScript,
  nodes: readonly TS.Node[],
  names: ReadonlyMap<string, string>,
): TS.Node[] {
  const referenced = nodes.map((node) => rewriteReferences(ts, node, names));
  const declarations: TS.Node[] = [];
  const out = referenced.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== "components") return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || propertyName(ts, member) !== "schemas") return member;
      const type = member.type;
      if (!type || !ts.isTypeLiteralNode(type)) return member;
      const lifted = type.members.map((schema) => lift(ts, schema, names, declarations));
      return ts.factory.updatePropertySignature(
        member,
        member.modifiers,
        member.name,
        member.questionToken,
        ts.factory.updateTypeLiteralNode(type, ts.factory.createNodeArray(lifted)),
      );
    });
    return ts.factory.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      members,
    );
  });
  return [...out, ...declarations];
}

function lift(
  ts: TypeScript,
  member: TS.TypeElement,
  names: ReadonlyMap<string, string>,
  declarations: TS.Node[],
): TS.TypeElement {
  if (!ts.isPropertySignature(member) || !member.type) return member;
  const name = names.get(propertyName(ts, member) ?? "");
  if (name === undefined) return member;
  const type = member.type;
  const own =
    ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === name;
  if (!own) {
    const exported = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];
    const declaration = ts.isTypeLiteralNode(type)
      ? ts.factory.createInterfaceDeclaration(exported, name, undefined, undefined, type.members)
      : ts.factory.createTypeAliasDeclaration(exported, name, undefined, type);
    const comments = ts.getSyntheticLeadingComments(member) ?? [];
    ts.setSyntheticLeadingComments(declaration, comments.map(plainDescription));
    declarations.push(declaration);
  }
  const reference = ts.factory.createTypeReferenceNode(name);
  return ts.factory.createPropertySignature(
    member.modifiers,
    member.name,
    member.questionToken,
    reference,
  );
}

/**
 * `@description text` → `text`, first, so an editor shows it as the declaration's documentation
 * (after a tag such as `@deprecated` it would read as that tag's text).
 */
export function plainDescription(comment: TS.SynthesizedComment): TS.SynthesizedComment {
  const lines = comment.text.split("\n").map((line) => line.replace(/^\s*\*? ?/, ""));
  const start = lines.findIndex((line) => line.startsWith("@description "));
  if (start === -1) return comment;
  let end = start + 1;
  while (end < lines.length && !lines[end]?.startsWith("@")) end++;
  const description = lines.slice(start, end);
  description[0] = (description[0] as string).slice("@description ".length);
  const rest = [...lines.slice(0, start), ...lines.slice(end)].filter((l) => l.trim() !== "");
  const body = [...description, ...rest];
  const text =
    body.length === 1
      ? `* ${(body[0] as string).trimEnd()} `
      : `*\n${body.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n `;
  return { ...comment, text };
}

function rewriteReferences(
  ts: TypeScript,
  root: TS.Node,
  names: ReadonlyMap<string, string>,
): TS.Node {
  const result = ts.transform(root, [
    (context) => {
      const visit = (node: TS.Node): TS.Node => {
        const key = schemaKey(ts, node);
        const name = key === undefined ? undefined : names.get(key);
        if (name !== undefined) return ts.factory.createTypeReferenceNode(name);
        return ts.visitEachChild(node, visit, context);
      };
      return (node) => visit(node);
    },
  ]);
  const [out] = result.transformed;
  return out as TS.Node;
}

/** `components["schemas"]["Source"]` → `Source`. */
function schemaKey(ts: TypeScript, node: TS.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const inner = node.objectType;
  if (!ts.isIndexedAccessTypeNode(inner)) return undefined;
  const base = inner.objectType;
  if (!ts.isTypeReferenceNode(base) || !ts.isIdentifier(base.typeName)) return undefined;
  if (base.typeName.text !== "components" || literalText(ts, inner.indexType) !== "schemas") {
    return undefined;
  }
  return literalText(ts, node.indexType);
}

function literalText(ts: TypeScript, node: TS.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)
    ? node.literal.text
    : undefined;
}

function propertyName(ts: TypeScript, member: TS.PropertySignature): string | undefined {
  const name = member.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
