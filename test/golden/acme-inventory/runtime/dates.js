// Generated from acme-inventory.yaml — do not edit.
/**
 * `Date` values to what goes on the wire, before validation and encoding: unix seconds (an
 * integer) where the schema says `format: unix-time`, an ISO 8601 string everywhere else.
 */
/** A trie of dotted paths; `*` matches any one array index or object key. */
function trie(paths) {
  const root = { unix: false, children: new Map() };
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
function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function child(nodes, key) {
  return nodes.flatMap((n) =>
    [n.children.get(key), n.children.get("*")].filter((c) => c !== undefined),
  );
}
function convert(value, nodes) {
  if (value instanceof Date) {
    return nodes.some((n) => n.unix) ? Math.floor(value.getTime() / 1000) : value.toISOString();
  }
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy;
    value.forEach((item, i) => {
      const next = convert(item, child(nodes, String(i)));
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  if (!isPlain(value)) return value;
  let copy;
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
export function wireDates(params, unixPaths) {
  return convert(params, [trie(unixPaths ?? [])]);
}
