// Generated from webhooks-only.yaml — do not edit.
import { type ClientOptions } from "./runtime/index.js";
/** A client for Webhooks only 1.0.0. */
export interface Client {}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
