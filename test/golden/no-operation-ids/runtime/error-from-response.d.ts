// Generated from test/fixtures/specs/no-operation-ids.yaml (sha256 5ea7e0b10bf74e274c80dcb8e33e0031cd3c8a2f545512b408798f9a392b0605).
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
