// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * Dates are converted to what goes on the wire before validation, so the validator judges the
 * sent value: unix seconds (an integer, as Stripe's specs type timestamps) in form-encoded parts
 * (query, form and multipart bodies), the ISO string `JSON.stringify` would give in JSON bodies.
 * Other encodings' bodies (binary, text) are left untouched.
 */
export function splitParams(op, path, params) {
  const source = params ?? {};
  const parts = {};
  if (op.pathParams.length > 0) parts.path = path;
  // Without a body, keys the spec does not list travel in the query string (as a body's would
  // travel in the body): an API newer than its spec still gets every parameter.
  const queryKeys = op.body ? op.query : unlistedKeys(source, op);
  if (queryKeys.length > 0) parts.query = pick(source, queryKeys);
  if (op.headers.length > 0) {
    parts.header = pick(
      source,
      op.headers.map(([key]) => key),
    );
  }
  if (op.body) {
    let body;
    if (op.body.merged) {
      const taken = new Set([...op.query, ...op.headers.map(([key]) => key)]);
      const rest = {};
      for (const key of Object.keys(source)) {
        if (!taken.has(key) && source[key] !== undefined) rest[key] = source[key];
      }
      body = rest;
    } else {
      body = source.body;
    }
    const encoding = op.body.encoding;
    if (encoding === "json") body = datesAs(body, isoDate);
    else if (encoding === "form" || encoding === "multipart") body = datesAs(body, unixSeconds);
    if (body !== undefined) parts.body = body;
  }
  return parts;
}
/** The declared query keys, then every other key that is not a header parameter. */
function unlistedKeys(source, op) {
  const headers = new Set(op.headers.map(([key]) => key));
  const declared = new Set(op.query);
  const extra = Object.keys(source).filter((key) => !declared.has(key) && !headers.has(key));
  return [...op.query, ...extra];
}
function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] !== undefined) {
      out[key] = datesAs(source[key], unixSeconds);
    }
  }
  return out;
}
function unixSeconds(date) {
  return Math.floor(date.getTime() / 1000);
}
function isoDate(date) {
  return date.toJSON();
}
function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
/** Copies arrays and plain objects that contain Dates, with each Date converted. */
function datesAs(value, convert) {
  if (value instanceof Date) return convert(value);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy;
    value.forEach((item, i) => {
      const next = datesAs(item, convert);
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  if (!isPlain(value)) return value;
  let copy;
  for (const [key, item] of Object.entries(value)) {
    const next = datesAs(item, convert);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}
