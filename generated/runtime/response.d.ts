// Generated from spec/openapi.yaml (sha256 8b159c9ee2e6e00400481a86cc1ddbb098c92e9260baa056408bd5631255bc95).
// Do not edit: change the spec and run `npm run generate`.
/** Response body parsing and the non-enumerable `lastResponse` metadata. */
import type { ResponseMeta, WithResponse } from "./types.js";
export type ParsedBody =
  | {
      readonly ok: true;
      readonly value: unknown;
    }
  | {
      readonly ok: false;
    };
/** Empty text → `undefined`; otherwise JSON, or `{ ok: false }` when it is not JSON. */
export declare function parseBody(text: string): ParsedBody;
/**
 * Attaches `lastResponse` as a non-enumerable, read-only property (like stripe-node), so
 * `JSON.stringify`, spreads and validators do not see it. Primitives are returned as they are.
 */
export declare function withResponseMeta<T>(body: T, meta: ResponseMeta): WithResponse<T>;
