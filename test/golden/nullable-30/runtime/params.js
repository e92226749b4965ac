// Generated from nullable-30.yaml — do not edit.
/**
 * Splits `params` (Dates already converted, see `dates.ts`) into the parts validators see and the
 * encoders send. Cookie parameters are not a part: `cookieValues` picks them.
 */
export function splitParams(op, path, params) {
  const source = params ?? {};
  const parts = {};
  if (op.pathParams.length > 0) parts.path = path;
  // Without a body, keys the spec does not list travel in the query string (as a body's would
  // travel in the body): an API newer than its spec still gets every parameter.
  const queryKeys = op.body ? op.query : unlistedKeys(source, op);
  if (queryKeys.length > 0) parts.query = renamed(pick(source, queryKeys), op.queryNames);
  if (op.headers.length > 0) {
    parts.header = pick(
      source,
      op.headers.map(([key]) => key),
    );
  }
  if (op.body) {
    let body;
    if (op.body.merged) {
      const taken = new Set([...op.query, ...op.headers.map(([key]) => key), ...cookieKeys(op)]);
      const rest = {};
      for (const key of Object.keys(source)) {
        if (!taken.has(key) && source[key] !== undefined) rest[key] = source[key];
      }
      body = rest;
    } else {
      body = source.body;
    }
    if (body !== undefined) parts.body = body;
  }
  return parts;
}
/** The declared query keys, then every other key that is not a header parameter. */
function unlistedKeys(source, op) {
  const headers = new Set([...op.headers.map(([key]) => key), ...cookieKeys(op)]);
  const declared = new Set(op.query);
  const extra = Object.keys(source).filter((key) => !declared.has(key) && !headers.has(key));
  return [...op.query, ...extra];
}
/** Query keys renamed to their parameter names (`x-param-name`). */
function renamed(query, names) {
  if (names === undefined) return query;
  const out = {};
  for (const key of Object.keys(query)) out[names[key] ?? key] = query[key];
  return out;
}
function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) {
      out[key] = source[key];
    }
  }
  return out;
}
function cookieKeys(op) {
  return (op.cookies ?? []).map(([key]) => key);
}
/** The values of the operation's cookie parameters, by cookie name. */
export function cookieValues(op, params) {
  const source = params ?? {};
  const out = {};
  for (const [key, name] of op.cookies ?? []) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) {
      out[name] = source[key];
    }
  }
  return out;
}
