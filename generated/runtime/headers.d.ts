// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Request header assembly, API key checks and response header capture. */
import type { OperationDescriptor } from "./descriptor.js";
import type { RequestOptions } from "./types.js";
/**
 * Rejects an API key that is not a non-empty string of visible ASCII (no whitespace, control or
 * non-ASCII characters: they cannot travel in a header, and fetch would quote the key in its
 * error). The message never includes the key.
 */
export declare function assertValidApiKey(apiKey: unknown): asserts apiKey is string;
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
export declare function buildHeaders(input: HeaderInput): Headers;
/** Response headers as a plain record with lower-cased names, the secret redacted. */
export declare function headerRecord(headers: Headers, secret: string): Record<string, string>;
