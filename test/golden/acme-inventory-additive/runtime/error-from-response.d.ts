// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
/** Maps a non-2xx response to the error hierarchy (the way stripe-node does). */
import { StripeError } from "./errors.js";
/**
 * `raw` is the parsed body (or its text) and `headers` the response headers, both already
 * redacted. Reads `{ error: { type, message, code, param, decline_code, doc_url } }`, and the OAuth
 * shape `{ error: "invalid_grant", error_description }`.
 */
export declare function errorFromResponse(
  status: number,
  raw: unknown,
  headers: Readonly<Record<string, string>>,
  requestId: string | undefined,
): StripeError;
