/** JSON pointers (RFC 6901) and `#`-fragments of local `$ref`s. */

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(pointer: string, ...segments: readonly (string | number)[]): string {
  let out = pointer;
  for (const segment of segments) out += `/${escapeSegment(String(segment))}`;
  return out;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapeSegment);
}

/**
 * The JSON pointer of a local `$ref` (`#/components/schemas/A%20B` → `/components/schemas/A B`),
 * or undefined when the ref is not a local JSON-pointer ref (another document, an `$anchor`).
 */
export function refToPointer(ref: string): string | undefined {
  if (!ref.startsWith("#")) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment !== "" && !fragment.startsWith("/")) return undefined;
  return fragment;
}

/**
 * A `$ref` URI for a pointer: every segment percent-encoded (`encodeURIComponent`), which ajv
 * decodes back (`decodeURIComponent` + `~1`/`~0`).
 */
export function pointerToRef(pointer: string, base = ""): string {
  return `${base}#${splitPointer(pointer)
    .map((segment) => `/${encodeURIComponent(escapeSegment(segment))}`)
    .join("")}`;
}

/** The value at a pointer, or undefined. Only own properties are followed. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of splitPointer(pointer)) {
    if (typeof node !== "object" || node === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
