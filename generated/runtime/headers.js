// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
import { redactString } from "./redact.js";
/**
 * Rejects an API key that is not a non-empty string of visible ASCII (no whitespace, control or
 * non-ASCII characters: they cannot travel in a header, and fetch would quote the key in its
 * error). The message never includes the key.
 */
export function assertValidApiKey(apiKey) {
  if (typeof apiKey !== "string" || !/^[\x21-\x7E]+$/.test(apiKey)) {
    throw new TypeError(
      "Invalid apiKey: expected a non-empty string of visible ASCII characters " +
        "(no spaces, newlines or other control characters)",
    );
  }
}
/** Builds the headers once per call; retries reuse them (so the idempotency key is stable). */
export function buildHeaders(input) {
  const { op } = input;
  const headers = new Headers();
  headers.set("Accept", "application/json");
  headers.set("User-Agent", input.userAgent);
  if (input.contentType !== undefined) headers.set("Content-Type", input.contentType);
  for (const [key, name] of op.headers) {
    const value = input.headerParams?.[key];
    if (value !== undefined && value !== null) headers.set(name, String(value));
  }
  const fromRequest = input.requestOptions ?? {};
  for (const [option, name] of op.optionHeaders) {
    const value = fromRequest[option] ?? input.clientOptions[option];
    if (value !== undefined && value !== null && value !== "") {
      headers.set(name, String(value));
    } else if (option === "idempotencyKey" && op.method.toUpperCase() === "POST") {
      headers.set(name, input.newIdempotencyKey());
    }
  }
  for (const [name, value] of Object.entries(input.requestOptions?.headers ?? {})) {
    headers.set(name, value);
  }
  headers.set("Authorization", `Bearer ${input.apiKey}`);
  return headers;
}
/** Response headers as a plain record with lower-cased names, the secret redacted. */
export function headerRecord(headers, secret) {
  const out = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = redactString(value, secret);
  });
  return out;
}
