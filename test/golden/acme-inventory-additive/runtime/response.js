// Generated from acme-inventory-additive.yaml — do not edit.
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
