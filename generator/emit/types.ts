/**
 * types.d.ts: openapi-typescript's output for the bundled document, every component schema (and
 * each method's params and result) a named declaration: `Source`, `CreateSourceParams`.
 */
import { loadOpenapiTypescript, loadTypeScript, type OpenapiTypescript } from "../heavy-modules.js";
import type { ApiModel, EmittedFile } from "../model/types.js";
import { ALIAS_PREFIX, stripAliasPrefix, withoutPrototypeKeys } from "../prototype-keys.js";
import { codeHeader } from "./header.js";
import { liftComponentSchemas } from "./named-declarations.js";
import { resultType } from "./operation-types.js";
import { docText } from "./text.js";
import { NAMED_TYPE, typesDocument } from "./types-document.js";

/**
 * openapi-typescript's transform, called directly on the bundled and checked document, with the
 * options its `openapiTS()` would default to (`silent`, our `transform`); its entry would lint and
 * bundle the document again through Redocly.
 */
export function emitTypes(model: ApiModel): EmittedFile {
  const input = typesDocument(model);
  const ots = loadOpenapiTypescript();
  // A private copy (openapi-typescript annotates what it is given) without keys that would reach
  // Object.prototype.
  const document = forTypes(withoutPrototypeKeys(input.document));
  const ts = loadTypeScript();
  const ast = ots.transformSchema(document, typesContext(ots, document, namedAndOpen(ts)));
  const names = new Map(
    Object.entries(input.names).map(([key, name]) => [
      key in Object.prototype ? `${ALIAS_PREFIX}${key}` : key,
      name,
    ]),
  );
  const nodes = liftComponentSchemas(ts, ast as readonly import("typescript").Node[], names);
  const generated = stripAliasPrefix(ots.astToString(nodes));
  const [imports, named] = namedTypes(model);
  // Printed readably by TypeScript's printer (as the openapi-typescript CLI prints it): prettier
  // would only re-indent it, so the format stage skips it.
  return {
    path: "types.d.ts",
    contents: `${codeHeader(model)}${imports}\n${generated}\n${named}`,
    preformatted: true,
  };
}

/** openapiTS()'s context for our options (openapi-typescript 7, `dist/index.cjs`). */
function typesContext(ots: OpenapiTypescript, document: unknown, transform: Transform): unknown {
  const options = { silent: true, transform };
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: ots.scanDiscriminators(document, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    silent: true,
    inject: undefined,
    transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref: string) => ots.resolveRef(document, $ref, { silent: true }),
  };
}

type TypeScript = typeof import("typescript");
type Transform = NonNullable<import("openapi-typescript").OpenAPITSOptions["transform"]>;

const OPEN_REST = "x-open-enum-rest";

/**
 * A copy of the document rewritten where openapi-typescript's reading would lose information.
 *
 * An enum marked `x-open-enum: true` may gain values the spec does not list yet (the response
 * validators accept them). Its type becomes the listed literals plus `(string & {})` (or
 * `number & {}`): editors still complete the known values, and a `switch` over them is not
 * wrongly exhaustive. The document is rewritten to `anyOf: [the enum, a marked rest]` and the
 * marked rest is printed by `openRest`.
 */
function forTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forTypes);
  if (typeof value !== "object" || value === null) return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    Object.defineProperty(out, key, {
      value: forTypes(node[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  describeRequiredBranches(out);
  if (out["x-open-enum"] !== true || !Array.isArray(out["enum"])) return out;
  const types = Array.isArray(out["type"]) ? (out["type"] as unknown[]) : [out["type"]];
  const nullable = types.includes("null") || out["nullable"] === true;
  const base = types.find((t) => t !== "null") ?? "string";
  const values = (out["enum"] as unknown[]).filter((v) => v !== null);
  for (const key of ["enum", "type", "nullable", "x-open-enum"]) delete out[key];
  out["anyOf"] = [
    { type: base, enum: values },
    { type: base, [OPEN_REST]: true },
    ...(nullable ? [{ type: "null" }] : []),
  ];
  return out;
}

/**
 * A conditional requirement (`anyOf: [{required: [type]}, {required: [customer, original_source]}]`
 * beside `properties`, directly or inside `allOf`) has branches that name properties without
 * describing them, which openapi-typescript prints as `unknown`. Each such branch gets the
 * parent's definitions of the properties it requires, so the type says "either `type`, or both
 * `customer` and `original_source`".
 */
function describeRequiredBranches(schema: Record<string, unknown>): void {
  const properties = schema["properties"];
  if (typeof properties !== "object" || properties === null) return;
  const props = properties as Record<string, unknown>;
  const fill = (branch: unknown): unknown => {
    if (typeof branch !== "object" || branch === null || Array.isArray(branch)) return branch;
    const b = branch as Record<string, unknown>;
    const keys = Object.keys(b);
    if (!Array.isArray(b["required"]) || keys.some((k) => k !== "required")) return branch;
    const names = (b["required"] as unknown[]).filter((n): n is string => typeof n === "string");
    if (!names.every((n) => Object.prototype.hasOwnProperty.call(props, n))) return branch;
    return {
      type: "object",
      required: names,
      properties: Object.fromEntries(names.map((n) => [n, props[n]])),
    };
  };
  const rewrite = (node: Record<string, unknown>): void => {
    for (const key of ["anyOf", "oneOf"]) {
      if (Array.isArray(node[key])) node[key] = (node[key] as unknown[]).map(fill);
    }
  };
  rewrite(schema);
  if (Array.isArray(schema["allOf"])) {
    for (const part of schema["allOf"] as unknown[]) {
      if (typeof part === "object" && part !== null) rewrite(part as Record<string, unknown>);
    }
  }
}

/**
 * Prints a named enum (`x-named-type`) as its name, the rest of an open enum as
 * `string & {}`, and a binary string as what JavaScript sends as bytes.
 */
function namedAndOpen(ts: TypeScript): Transform {
  return (schema) => {
    const s = schema as Record<string, unknown>;
    const named = s[NAMED_TYPE];
    if (typeof named === "string") return ts.factory.createTypeReferenceNode(named);
    if (s["type"] === "string" && s["format"] === "binary") {
      return ts.factory.createUnionTypeNode(
        ["Blob", "File", "Uint8Array"].map((n) => ts.factory.createTypeReferenceNode(n)),
      );
    }
    if (s[OPEN_REST] !== true) return undefined;
    const keyword =
      s["type"] === "number" || s["type"] === "integer"
        ? ts.SyntaxKind.NumberKeyword
        : ts.SyntaxKind.StringKeyword;
    return ts.factory.createIntersectionTypeNode([
      ts.factory.createKeywordTypeNode(keyword),
      ts.factory.createTypeLiteralNode([]),
    ]);
  };
}

function alias(name: string, type: string, doc?: string): string {
  const comment = doc ? `/** ${docText(doc)} */\n` : "";
  return `${comment}export type ${name} = ${type};\n`;
}

/**
 * What types.d.ts adds after openapi-typescript's output: the named enums (declared in
 * enums.ts, beside their values) and `<Operation>Response` for results that are component schemas.
 */
function namedTypes(model: ApiModel): [string, string] {
  const enums = model.enums.map((e) => e.identifier);
  const enumLines =
    enums.length > 0
      ? [
          `import type { ${enums.join(", ")} } from "./enums.js";`,
          `export type { ${enums.join(", ")} } from "./enums.js";`,
        ]
      : [];
  const responseAliases = model.operations.flatMap((op) => {
    const result = resultType(model, op);
    const name = `${op.typeName}Response`;
    if (result.body === undefined || result.body === name) return [];
    const label = `${op.method.toUpperCase()} ${op.path}`;
    return [alias(name, result.body, `Successful response of ${label}.`)];
  });
  return [enumLines.map((l) => `${l}\n`).join(""), responseAliases.join("")];
}
