// Generated from webhooks-only.yaml — do not edit.
import { type BaseClientOptions, type BaseRequestOptions } from "./runtime/index.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

/** A client for Webhooks only 1.0.0. */
export interface Client {
}

/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
