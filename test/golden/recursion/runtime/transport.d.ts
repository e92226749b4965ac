// Generated from test/fixtures/specs/recursion.yaml (sha256 f737611d333c8c1d91822d2704fb8867b9cde44e7d9b3d0c5beffbc3e5093a84).
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
