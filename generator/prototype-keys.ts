/**
 * Tools built on plain-object lookups (Redocly's walker, which openapi-typescript also runs) find
 * Object.prototype members for keys such as `constructor`, `__proto__` or `toString` — legal
 * names in a schema's `properties` — and crash or report nonsense. They get a copy in which such
 * keys carry a private-use prefix; `restoreAliases` / `stripAliasPrefix` undo it in what they return.
 */
export const ALIAS_PREFIX = "\uE000";

export function withoutPrototypeKeys(value: unknown, aliases?: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutPrototypeKeys(v, aliases));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const safe = key in Object.prototype ? `${ALIAS_PREFIX}${key}` : key;
    if (safe !== key) aliases?.set(safe, key);
    Object.defineProperty(out, safe, {
      value: withoutPrototypeKeys((value as Record<string, unknown>)[key], aliases),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** A JSON pointer over the aliased copy → the same pointer over the original. */
export function restoreAliases(pointer: string, aliases: ReadonlyMap<string, string>): string {
  if (aliases.size === 0) return pointer;
  return pointer
    .split("/")
    .map((segment) => aliases.get(decodeURIComponent(segment)) ?? segment)
    .join("/");
}

/** Text produced from the aliased copy → the original names. */
export function stripAliasPrefix(text: string): string {
  // The prefix may appear raw or as the escape a printer writes in a string literal.
  return text
    .split(ALIAS_PREFIX)
    .join("")
    .replace(/\\u[eE]000/g, "");
}
