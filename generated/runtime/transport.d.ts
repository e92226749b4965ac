// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
import type { OperationDescriptor } from "./descriptor.js";
import type { ClientOptions, RequestOptions, TransportConfig, WithResponse } from "./types.js";
export declare class Transport {
  #private;
  /** Throws `TypeError` (without echoing the key) when `options.apiKey` is unusable. */
  constructor(options: ClientOptions, config: TransportConfig);
  /**
   * Sends `op`. Resolves to the parsed JSON body (`undefined` when empty) with a non-enumerable
   * `lastResponse`; rejects with a `StripeError` subclass.
   */
  request<T = unknown>(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params?: object,
    options?: RequestOptions,
  ): Promise<WithResponse<T>>;
}
