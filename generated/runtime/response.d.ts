// Generated from spec/openapi.yaml (sha256 2e69b16c9ae8e939013d4ff219ea7b4378caf81aa97de9f25126bd3c1ccff590).
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
 * Attaches `lastResponse` as a non-enumerable, read-only property (as hand-written SDKs do), so
 * `JSON.stringify`, spreads and validators do not see it. Primitives are returned as they are.
 */
export declare function withResponseMeta<T>(body: T, meta: ResponseMeta): WithResponse<T>;
