// Generated from spec/openapi.yaml (sha256 35949938d8902dc1a02689d2d8138e81f7de0b6f54ff2948aac91f73e958e927).
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
