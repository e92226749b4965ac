// Generated from test/fixtures/specs/acme-payments.yaml (sha256 13b440def10907efb9f4268058fcb7315941641cbe81cd4b0aa2b67039da8ded).
// Do not edit: change the spec and run `npm run generate`.
/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}
export declare function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody;
