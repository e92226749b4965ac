/**
 * Named enums: every `enum` of string or number values in a component schema (the schema itself
 * or an inline property at any depth), in a request body or in a parameter gets an exported name
 * (`Source.status` → `SourceStatus`) and, in the package, a union type plus an `as const` array
 * of its values. Enums with the same values (and openness) share the first name, in model order.
 */
import { NameRegistry, pascalCase } from "./naming.js";
import { getAtPointer, isObject, joinPointer, type JsonObject } from "./resolve.js";
import type { EnumModel, OperationModel, SchemaModel } from "./types.js";

interface Found {
  readonly name: string;
  readonly pointer: string;
  readonly node: JsonObject;
  /** The component schema's own identifier, when the schema itself is the enum. */
  readonly own?: boolean;
}

export function collectEnums(
  document: JsonObject,
  schemas: readonly SchemaModel[],
  operations: readonly OperationModel[],
  typeNames: NameRegistry,
): EnumModel[] {
  const found: Found[] = [];
  for (const schema of schemas) {
    visit(getAtPointer(document, schema.pointer), schema.pointer, schema.identifier, found, true);
  }
  for (const op of operations) {
    const params = `${op.typeName}Params`;
    for (const param of [...op.queryParams, ...op.headerParams]) {
      if (param.clientOption !== undefined) continue;
      const pointer = joinPointer(param.pointer, "schema");
      visit(getAtPointer(document, pointer), pointer, params + pascalCase(param.key), found);
    }
    const body = op.requestBody;
    if (body) {
      const pointer = joinPointer(body.pointer, "content", body.mediaType, "schema");
      const node = getAtPointer(document, pointer);
      if (!isEnum(node)) visit(node, pointer, params, found);
    }
  }
  return name(found, typeNames);
}

function visit(
  node: unknown,
  pointer: string,
  name: string,
  out: Found[],
  own = false,
  branch = false,
): void {
  if (!isObject(node) || typeof node["$ref"] === "string") return;
  if (isEnum(node)) {
    // A branch of a composition (`anyOf: [{ type: object }, { enum: [""] }]`) is not a name.
    if (branch) return;
    out.push({ name, pointer, node, ...(own ? { own } : {}) });
    return;
  }
  if (isObject(node["properties"])) {
    for (const key of Object.keys(node["properties"])) {
      const child = joinPointer(pointer, "properties", key);
      visit(node["properties"][key], child, name + pascalCase(key, "Property"), out);
    }
  }
  if (isObject(node["items"])) visit(node["items"], joinPointer(pointer, "items"), name, out);
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const list = node[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((sub, i) => visit(sub, joinPointer(pointer, keyword, i), name, out, false, true));
  }
}

/** An `enum` whose values (null aside) are strings or numbers. */
export function isEnum(node: unknown): boolean {
  if (!isObject(node) || !Array.isArray(node["enum"])) return false;
  const values = enumValues(node);
  return values.length > 0 && values.length === node["enum"].filter((v) => v !== null).length;
}

function enumValues(node: JsonObject): (string | number)[] {
  return (node["enum"] as unknown[]).filter(
    (v): v is string | number => typeof v === "string" || typeof v === "number",
  );
}

function name(found: readonly Found[], typeNames: NameRegistry): EnumModel[] {
  const byKey = new Map<string, { model: EnumModel; pointers: string[] }>();
  const order: string[] = [];
  // The schemas' own enums first: they keep their component names.
  const ordered = [...found.filter((f) => f.own), ...found.filter((f) => !f.own)];
  for (const f of ordered) {
    const values = enumValues(f.node);
    const open = f.node["x-open-enum"] === true;
    const key = JSON.stringify([open, values]);
    const existing = byKey.get(key);
    if (existing) {
      existing.pointers.push(f.pointer);
      continue;
    }
    const identifier = f.own ? f.name : typeNames.claim(f.name);
    const description = f.node["description"];
    const pointers = [f.pointer];
    const model: EnumModel = {
      identifier,
      values,
      open,
      ...(typeof description === "string" && description !== "" ? { description } : {}),
      pointers,
    };
    byKey.set(key, { model, pointers });
    order.push(key);
  }
  return order
    .map((key) => (byKey.get(key) as { model: EnumModel }).model)
    .sort((a, b) => (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0));
}
