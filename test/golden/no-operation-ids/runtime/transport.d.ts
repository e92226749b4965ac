// Generated from test/fixtures/specs/no-operation-ids.yaml (sha256 5ea7e0b10bf74e274c80dcb8e33e0031cd3c8a2f545512b408798f9a392b0605).
// Do not edit: change the spec and run `npm run generate`.
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
