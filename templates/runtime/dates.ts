/**
 * `Date` values to what goes on the wire, before validation and encoding: unix seconds (an
 * integer) where the schema says `format: unix-time`, an ISO 8601 string everywhere else.
 */

interface PathNode {
  unix: boolean;
  readonly children: Map<string, PathNode>;
}

/** A trie of dotted paths; `*` matches any one array index or object key. */
function trie(paths: readonly string[]): PathNode {
  const root: PathNode = { unix: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path.split(".")) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { unix: false, children: new Map() }));
      node = next;
    }
    node.unix = true;
  }
  return root;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function child(nodes: readonly PathNode[], key: string): PathNode[] {
  return nodes.flatMap((n) =>
    [n.children.get(key), n.children.get("*")].filter((c) => c !== undefined),
  );
}

function convert(value: unknown, nodes: readonly PathNode[]): unknown {
  if (value instanceof Date) {
    return nodes.some((n) => n.unix) ? Math.floor(value.getTime() / 1000) : value.toISOString();
  }
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = convert(item, child(nodes, String(i)));
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  if (!isPlain(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = convert(item, child(nodes, key));
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

/**
 * Copies the arrays and plain objects of `params` that contain Dates, each Date converted.
 * `unixPaths` are dotted paths from the params root (`mandate.acceptance.date`, `items.*.at`).
 */
export function wireDates(params: unknown, unixPaths: readonly string[] | undefined): unknown {
  return convert(params, [trie(unixPaths ?? [])]);
}
