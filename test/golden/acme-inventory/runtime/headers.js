// Generated from acme-inventory.yaml — do not edit.
import { RequestValidationError } from "./errors.js";
import { redactString } from "./redact.js";
import { SIMPLE, serialiseCookie, serialiseHeader, FORM } from "./serialise.js";
function present(value) {
  return value !== undefined && value !== null && value !== "";
}
function idempotencyKey(input) {
  const given = input.option("idempotencyKey");
  if (input.op.idempotencyHeader === undefined) {
    if (given !== undefined) {
      throw new RequestValidationError(
        `${input.label} takes no idempotencyKey: the spec declares no idempotency header for it`,
      );
    }
    return undefined;
  }
  return present(given) ? String(given) : input.newIdempotencyKey();
}
function cookieHeader(input, existing) {
  const pairs = existing ? [existing] : [];
  for (const [name, value] of Object.entries(input.cookies)) {
    pairs.push(...serialiseCookie(name, value, input.op.styles?.[name] ?? FORM));
  }
  for (const [name, value] of input.auth.cookies) pairs.push(`${name}=${value}`);
  return pairs.length > 0 ? pairs.join("; ") : undefined;
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
    if (value !== undefined && value !== null) {
      headers.set(name, serialiseHeader(value, op.styles?.[key] ?? SIMPLE));
    }
  }
  for (const [option, name, required] of op.optionHeaders) {
    const value = input.option(option);
    if (present(value)) headers.set(name, serialiseHeader(value, SIMPLE));
    else if (required === true) {
      throw new RequestValidationError(
        `${input.label} needs the \`${option}\` option (sent as the ${name} header)`,
      );
    }
  }
  const key = idempotencyKey(input);
  if (key !== undefined && op.idempotencyHeader) headers.set(op.idempotencyHeader, key);
  for (const extra of input.extraHeaders) {
    for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  }
  const cookie = cookieHeader(input, headers.get("cookie"));
  if (cookie !== undefined) headers.set("Cookie", cookie);
  // Credentials last: a header given in `headers` never replaces them.
  for (const [name, value] of input.auth.headers) headers.set(name, value);
  return headers;
}
/** Response headers as a plain record with lower-cased names, the secrets redacted. */
export function headerRecord(headers, secrets) {
  const out = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = redactString(value, secrets);
  });
  return out;
}
