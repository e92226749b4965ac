// Generated from acme-inventory-additive.yaml — do not edit.
/** Removes every credential from anything the runtime stores on errors or response metadata. */
export const REDACTED = "[REDACTED]";
/** The secrets and the encodings they could be echoed back in, longest first. */
function forms(secrets) {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  const all = list.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]);
  return [...new Set(all)].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}
export function redactString(text, secrets) {
  let out = text;
  for (const form of forms(secrets)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}
/** Deep copy of JSON-like data with the secret replaced in every string (keys included). */
export function redactDeep(value, secret, depth = 0) {
  if (typeof value === "string") return redactString(value, secret);
  if (typeof value !== "object" || value === null || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secret, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    // defineProperty: a parsed `"__proto__"` key must stay a plain property
    Object.defineProperty(out, redactString(k, secret), {
      value: redactDeep(v, secret, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
/**
 * A safe stand-in for a thrown value (e.g. fetch's network error) to keep as an error's `cause`:
 * name, message, code and stack copied with the secret removed, nested causes likewise.
 */
export function redactCause(error, secret, depth = 0) {
  if (!(error instanceof Error)) {
    return typeof error === "string" ? redactString(error, secret) : undefined;
  }
  const nested = depth < 3 ? redactCause(error.cause, secret, depth + 1) : undefined;
  const copy = new Error(
    redactString(error.message, secret),
    nested === undefined ? undefined : { cause: nested },
  );
  copy.name = redactString(error.name, secret);
  if (error.stack !== undefined) copy.stack = redactString(error.stack, secret);
  const code = error.code;
  if (typeof code === "string") Object.assign(copy, { code: redactString(code, secret) });
  return copy;
}
