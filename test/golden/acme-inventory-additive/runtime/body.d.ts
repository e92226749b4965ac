// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}
export declare function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody;
