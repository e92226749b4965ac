// Generated from test/fixtures/specs/composition.yaml (sha256 c9dcfea65c19d33ca17eb60448a5d896e99608507aa42d62b96e7cffee7e654f).
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
