/**
 * Turning spec strings into TypeScript names. Pure functions; collisions are resolved by a
 * `NameRegistry` with counter suffixes, so the same spec always gives the same names.
 */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with implements interface let package private protected " +
    "public static yield await any boolean number string symbol never unknown undefined object " +
    "constructor prototype __proto__ arguments eval"
  ).split(" "),
);

/** Words of a name: split on anything that is not a letter or digit, and on camelCase humps. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `File--Full` → `FileFull`, `Thing-Name.v2` → `ThingNameV2`, `1abc` → `_1abc`. */
export function pascalCase(name: string, fallback = "Unnamed"): string {
  const joined = words(name).map(capitalise).join("");
  return safeIdentifier(joined || fallback);
}

/** `attach-source` → `attachSource`, `Sources` → `sources`. */
export function camelCase(name: string, fallback = "unnamed"): string {
  const [first = "", ...rest] = words(name);
  const joined = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalise).join("");
  return safeIdentifier(joined || fallback);
}

/** `Acme Inventory API` → `acme-inventory-api`: lower-case words joined by `-` (acronyms stay whole). */
export function packageSlug(title: string): string {
  return words(title)
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]+/g, ""))
    .filter((w) => w !== "")
    .join("-");
}

/** Names that are unsafe even as property or method names (they touch the prototype chain). */
const UNSAFE_MEMBER_NAMES = new Set(["constructor", "prototype", "__proto__"]);

/**
 * A property or method name: camelCase, but reserved words are allowed (`client.default.delete`),
 * except the few that would touch the prototype chain.
 */
export function memberName(name: string, fallback = "unnamed"): string {
  const [first = "", ...rest] = words(name);
  let joined = first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalise).join("");
  joined = joined.replace(/[^\p{L}\p{N}_$]/gu, "") || fallback;
  if (/^\p{N}/u.test(joined)) joined = `_${joined}`;
  return UNSAFE_MEMBER_NAMES.has(joined) ? `${joined}_` : joined;
}

/** Keeps only identifier characters, prefixes a leading digit, suffixes a reserved word. */
export function safeIdentifier(name: string): string {
  let id = name.replace(/[^\p{L}\p{N}_$]/gu, "");
  if (id === "") id = "_";
  if (/^\p{N}/u.test(id)) id = `_${id}`;
  if (RESERVED_WORDS.has(id)) id = `${id}_`;
  return id;
}

/** Hands out unique names: the second `Foo` becomes `Foo2`, then `Foo3`. */
export class NameRegistry {
  readonly #taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.#taken.add(name);
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** Claims `base` or the first free `base2`, `base3`… for which every derived name is free. */
  claim(base: string, derive: (name: string) => readonly string[] = (n) => [n]): string {
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? base : `${base}${i}`;
      const derived = derive(candidate);
      if (derived.every((d) => !this.#taken.has(d))) {
        for (const d of derived) this.#taken.add(d);
        return candidate;
      }
    }
  }
}

/** `get /pets/{petId}/toys` → `getPetsPetIdToys`: a stable operationId for operations without one. */
export function deriveOperationId(method: string, path: string): string {
  return camelCase(`${method} ${path.replace(/[{}]/g, " ")}`, method);
}

/** Suffix for a response validator name: "200" → "200", "2XX" → "2XX", "default" → "Default". */
export function statusSuffix(status: string): string {
  return status === "default" ? "Default" : status.replace(/[^0-9A-Za-z]/g, "");
}
