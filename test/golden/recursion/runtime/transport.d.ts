// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
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
