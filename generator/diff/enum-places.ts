/**
 * Where a named enum is, as a client sees it: its pointer with every `$ref` on the way followed,
 * so an enum in an inline body schema and the same enum after the schema moved behind a `$ref`
 * are at the same place. A base pointer is first carried over to the head: through a renamed
 * component schema (`Widget` → `Gizmo`) or an operation that moved (matched by operationId).
 */
import { escapePointer, getAtPointer, isObject } from "../model/resolve.js";
import type { ApiModel, EnumModel } from "../model/types.js";

/** `pointer` in `document` with each local `$ref` met on the way replaced by its target. */
export function followRefs(document: unknown, pointer: string): string {
  const segments = pointer.split("/").slice(1);
  let at = "";
  let node: unknown = document;
  for (const segment of segments) {
    for (let hops = 0; hops < 20 && isObject(node) && typeof node["$ref"] === "string"; hops++) {
      const ref = node["$ref"];
      if (!ref.startsWith("#/") && ref !== "#") break;
      at = ref.slice(1);
      node = getAtPointer(document, at);
    }
    at = `${at}/${segment}`;
    node = isObject(node) || Array.isArray(node) ? getAtPointer(node, `/${segment}`) : undefined;
  }
  return at;
}

/** Base pointer prefix → head pointer prefix, for moved schemas and operations. */
export type Moves = ReadonlyMap<string, string>;

export function schemaPrefix(name: string): string {
  return `/components/schemas/${escapePointer(name)}`;
}

function carry(pointer: string, moves: Moves): string {
  for (const [from, to] of moves) {
    if (pointer === from || pointer.startsWith(`${from}/`)) return to + pointer.slice(from.length);
  }
  return pointer;
}

/** Each place (its pointers, `$ref`s followed) of `enums` (the head's) → that enum. */
export function enumPlaces(enums: readonly EnumModel[], head: ApiModel): Map<string, EnumModel> {
  const places = new Map<string, EnumModel>();
  for (const h of enums) {
    for (const place of h.pointers.flatMap((p) => [p, followRefs(head.document, p)])) {
      // The first enum (in the model's order) at a place keeps it.
      if (!places.has(place)) places.set(place, h);
    }
  }
  return places;
}

/** The head enum at one of the places of the base enum `e`, if any. */
export function enumSuccessor(
  e: EnumModel,
  base: ApiModel,
  head: ApiModel,
  moves: Moves,
  places: ReadonlyMap<string, EnumModel>,
): EnumModel | undefined {
  for (const p of e.pointers) {
    const found =
      places.get(followRefs(base.document, p)) ??
      places.get(followRefs(head.document, carry(p, moves)));
    if (found) return found;
  }
  return undefined;
}
