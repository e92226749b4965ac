// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
// Do not edit: change the spec and run `npm run generate`.
/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}
export declare function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody;
