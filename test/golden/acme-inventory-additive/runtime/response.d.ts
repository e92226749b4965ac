// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
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
