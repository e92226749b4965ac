// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
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
