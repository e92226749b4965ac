// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
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
