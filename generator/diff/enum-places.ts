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

/** The head enum at one of the places of the base enum `e`, if any. */
export function enumSuccessor(
  e: EnumModel,
  base: ApiModel,
  head: ApiModel,
  moves: Moves,
): EnumModel | undefined {
  const places = new Set(
    e.pointers.flatMap((p) => [
      followRefs(base.document, p),
      followRefs(head.document, carry(p, moves)),
    ]),
  );
  return head.enums.find((h) =>
    h.pointers.some((p) => places.has(p) || places.has(followRefs(head.document, p))),
  );
}
