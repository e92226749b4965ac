// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
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
