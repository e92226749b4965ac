// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
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
