// Generated from spec/openapi.yaml (sha256 8b159c9ee2e6e00400481a86cc1ddbb098c92e9260baa056408bd5631255bc95).
// Do not edit: change the spec and run `npm run generate`.
/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}
export declare function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody;
