/** Request header assembly, API key checks and response header capture. */
import type { OperationDescriptor } from "./descriptor.js";
import { redactString } from "./redact.js";
import type { RequestOptions } from "./types.js";

/**
 * Rejects an API key that is not a non-empty string of visible ASCII (no whitespace, control or
 * non-ASCII characters: they cannot travel in a header, and fetch would quote the key in its
 * error). The message never includes the key.
 */
export function assertValidApiKey(apiKey: unknown): asserts apiKey is string {
  if (typeof apiKey !== "string" || !/^[\x21-\x7E]+$/.test(apiKey)) {
    throw new TypeError(
      "Invalid apiKey: expected a non-empty string of visible ASCII characters " +
        "(no spaces, newlines or other control characters)",
    );
  }
}

export interface HeaderInput {
  readonly op: OperationDescriptor;
  readonly apiKey: string;
  readonly userAgent: string;
  readonly contentType: string | undefined;
  /** `params` values of the operation's header parameters. */
  readonly headerParams: Readonly<Record<string, unknown>> | undefined;
  /** Per-request options, then client options, looked up by `optionHeaders` names. */
  readonly requestOptions: RequestOptions | undefined;
  readonly clientOptions: Readonly<Record<string, unknown>>;
  /** Generates an idempotency key (called at most once). */
  readonly newIdempotencyKey: () => string;
}

/** Builds the headers once per call; retries reuse them (so the idempotency key is stable). */
export function buildHeaders(input: HeaderInput): Headers {
  const { op } = input;
  const headers = new Headers();
  headers.set("Accept", "application/json");
  headers.set("User-Agent", input.userAgent);
  if (input.contentType !== undefined) headers.set("Content-Type", input.contentType);

  for (const [key, name] of op.headers) {
    const value = input.headerParams?.[key];
    if (value !== undefined && value !== null) headers.set(name, String(value));
  }

  const fromRequest = (input.requestOptions ?? {}) as Readonly<Record<string, unknown>>;
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
export function headerRecord(headers: Headers, secret: string): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = redactString(value, secret);
  });
  return out;
}
