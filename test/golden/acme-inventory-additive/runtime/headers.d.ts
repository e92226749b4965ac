// Generated from acme-inventory-additive.yaml — do not edit.
/** Request header assembly and response header capture. */
import type { AppliedAuth } from "./auth.js";
import type { OperationDescriptor } from "./descriptor.js";
import { type Secrets } from "./redact.js";
export interface HeaderInput {
  readonly op: OperationDescriptor;
  /** Names the call in errors, e.g. `POST /payments`. */
  readonly label: string;
  readonly userAgent: string;
  readonly contentType: string | undefined;
  /** `params` values of the operation's header parameters. */
  readonly headerParams: Readonly<Record<string, unknown>> | undefined;
  /** Cookie parameter values by cookie name. */
  readonly cookies: Readonly<Record<string, unknown>>;
  /** Looks an option up: per-request options first, then client options. */
  readonly option: (name: string) => unknown;
  /** Client headers, then request headers (later wins). */
  readonly extraHeaders: readonly (Readonly<Record<string, string>> | undefined)[];
  readonly auth: AppliedAuth;
  /** Generates an idempotency key (called at most once). */
  readonly newIdempotencyKey: () => string;
}
/** Builds the headers once per call; retries reuse them (so the idempotency key is stable). */
export declare function buildHeaders(input: HeaderInput): Headers;
/** Response headers as a plain record with lower-cased names, the secrets redacted. */
export declare function headerRecord(headers: Headers, secrets: Secrets): Record<string, string>;
