/** JSON pointers (RFC 6901): `/a/b~1c` ⇄ `["a", "b/c"]`. */

export function escapeSegment(segment: string | number): string {
  const s = String(segment);
  if (!s.includes("~") && !s.includes("/")) return s;
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeSegment(segment: string): string {
  if (!segment.includes("~")) return segment;
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `""` → `[]`, `/a/b` → `["a", "b"]`. A pointer not starting with `/` is read as if it did. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map(unescapeSegment);
}

export function formatPointer(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) out += "/" + escapeSegment(s);
  return out;
}

export function childPointer(pointer: string, segment: string | number): string {
  return pointer + "/" + escapeSegment(segment);
}

/** The pointer of the parent node (`/a/b` → `/a`), or undefined for the root. */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  const i = pointer.lastIndexOf("/");
  return i <= 0 ? "" : pointer.slice(0, i);
}

/** Decode a URI fragment (`#/paths/~1a%7Bb%7D`) into a JSON pointer; undefined when not a pointer. */
export function fragmentToPointer(fragment: string): string | undefined {
  let decoded = fragment;
  if (fragment.includes("%")) {
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      decoded = fragment;
    }
  }
  if (decoded === "" || decoded.startsWith("/")) return decoded;
  return undefined;
}
