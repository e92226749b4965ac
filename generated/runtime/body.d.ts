// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}
export declare function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody;
