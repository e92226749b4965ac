// Generated from acme-inventory.yaml — do not edit.
import type { OperationDescriptor } from "./descriptor.js";
import type {
  BaseClientOptions,
  BaseRequestOptions,
  TransportConfig,
  WithResponse,
} from "./types.js";
export declare class Transport {
  #private;
  /**
   * Throws `TypeError` (never echoing the value) when a credential option is unusable, or missing
   * while every operation needs it (`api.requiredOptions`).
   */
  constructor(options: BaseClientOptions, config: TransportConfig);
  /**
   * Sends `op`. Resolves to the parsed JSON body (`undefined` when empty) with a non-enumerable
   * `lastResponse`; rejects with an `ApiError` subclass.
   */
  request<T = unknown>(
    op: OperationDescriptor,
    pathArgs: readonly unknown[],
    params?: object,
    options?: BaseRequestOptions,
  ): Promise<WithResponse<T>>;
}
