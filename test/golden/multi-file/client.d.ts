// Generated from test/fixtures/specs/multi-file/openapi.yaml (sha256 172367512e68d7203349a46d241757817a151baa7957ea6b840c6e7f906301a8).
// Do not edit: change the spec and run `npm run generate`.
import {
  Transport,
  type ClientOptions,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { GetPersonParams, Person } from "./types.js";
/** Operations grouped under `default`. */
export declare class DefaultResource {
  #private;
  constructor(transport: Transport);
  /** `GET /people/{personId}` (operationId `getPerson`) */
  getPerson(
    personId: string,
    params?: GetPersonParams,
    options?: RequestOptions,
  ): Promise<WithResponse<Person>>;
}
/** A client for Multi-file 1.0.0. */
export interface Client {
  readonly default: DefaultResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "". */
export declare function createClient(options: ClientOptions): Client;
