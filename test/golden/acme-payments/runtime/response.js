// Generated from test/fixtures/specs/acme-payments.yaml (sha256 2555f4fe97f2dd73a37f60675c39163458047e5606070f161c380ca8d366e1a6).
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
 * Attaches `lastResponse` as a non-enumerable, read-only property (as hand-written SDKs do), so
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
