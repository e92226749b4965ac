// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
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
