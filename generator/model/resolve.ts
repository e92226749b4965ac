/** Reading a bundled document: JSON pointers and local `$ref` chains. */

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((s) => `/${escapePointer(String(s))}`).join("");
}

/** Value at a local pointer (`#/a/b` or `/a/b`), or undefined. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  const path = pointer.replace(/^#/, "");
  if (path === "") return document;
  let node: unknown = document;
  for (const raw of path.slice(1).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

export interface Resolved {
  readonly value: unknown;
  /** Pointer of the node finally reached (after following `$ref`s). */
  readonly pointer: string;
}

/** Follows `$ref` chains (local refs only; the loader bundled everything). Stops on cycles. */
export function resolveRef(document: unknown, value: unknown, pointer: string): Resolved {
  const seen = new Set<string>();
  let current: Resolved = { value, pointer };
  while (isObject(current.value) && typeof current.value["$ref"] === "string") {
    const ref = current.value["$ref"];
    if (!ref.startsWith("#") || seen.has(ref)) break;
    seen.add(ref);
    current = { value: getAtPointer(document, ref), pointer: ref.slice(1) };
  }
  return current;
}
