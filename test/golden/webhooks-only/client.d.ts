// Generated from test/fixtures/specs/webhooks-only.yaml (sha256 f03eb8106f03337caca0af3a90eeb619fb5bf4321f1127e8f1b9fe671d6b7403).
// Do not edit: change the spec and run `npm run generate`.
import { type BaseClientOptions, type BaseRequestOptions } from "./runtime/index.js";
/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {}
/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {}
/** A client for Webhooks only 1.0.0. */
export interface Client {}
/** Creates a client. `baseUrl` defaults to "". */
export declare function createClient(options?: ClientOptions): Client;
