// Generated from test/fixtures/specs/hostile.yaml (sha256 e2c68f8638f8524214e75168f04415c44d0aa89f85d1058e62b501a6de00c586).
// Do not edit: change the spec and run `npm run generate`.
import {
  Transport,
  type ClientOptions,
  type NoContent,
  type RequestOptions,
  type WithResponse,
} from "./runtime/index.js";
import type { ConstructorParams, GetItemXParams, ThingNameV2 } from "./types.js";
/** Operations grouped under `class`. */
export declare class ClassResource {
  #private;
  constructor(transport: Transport);
  /** `POST /constructor` (operationId `constructor`) */
  constructor_(
    params?: ConstructorParams,
    options?: RequestOptions,
  ): Promise<WithResponse<NoContent>>;
  /**
   * *\/ alert('x') /*
   *
   * Backticks ``` and </script> and   line separator
   *
   * `GET /items/{item-id}#frag` (operationId `get-item *\/ ${x}`)
   */
  getItemX(
    itemId: string,
    params?: GetItemXParams,
    options?: RequestOptions,
  ): Promise<WithResponse<ThingNameV2>>;
}
/** A client for Hostile *\/ `title` ${process.exit(1)} "quoted" 0.0.0-v2.beta. */
export interface Client {
  readonly class: ClassResource;
}
/** Creates a client. `apiKey` is required; `baseUrl` defaults to "https://api.example.com/base'\"`". */
export declare function createClient(options: ClientOptions): Client;
