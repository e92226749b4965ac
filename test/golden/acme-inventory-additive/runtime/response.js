// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
/** Empty text → `undefined`; otherwise JSON, or `{ ok: false }` when it is not JSON. */
export function parseBody(text) {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
/**
 * Attaches `lastResponse` as a non-enumerable, read-only property (like stripe-node), so
 * `JSON.stringify`, spreads and validators do not see it. Primitives are returned as they are.
 */
export function withResponseMeta(body, meta) {
  if (typeof body === "object" && body !== null && Object.isExtensible(body)) {
    Object.defineProperty(body, "lastResponse", {
      value: meta,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  return body;
}
