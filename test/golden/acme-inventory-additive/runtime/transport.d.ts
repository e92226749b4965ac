// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
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
