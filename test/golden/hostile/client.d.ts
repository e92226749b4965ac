// Generated from hostile.yaml — do not edit.
import {
  Transport,
  type BaseClientOptions,
  type BaseRequestOptions,
  type NoContent,
  type WithResponse,
} from "./runtime/index.js";
import type { ConstructorParams, GetItemXParams, ThingNameV2 } from "./types.js";

/** Options of `createClient`: the generic ones and what the spec declares. */
export interface ClientOptions extends BaseClientOptions {
}

/** Options of one call: the generic ones and what the spec declares (each overrides the client's). */
export interface RequestOptions extends BaseRequestOptions {
}

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

/** Creates a client. `baseUrl` defaults to "https://api.example.com/base'\"`". */
export declare function createClient(options?: ClientOptions): Client;
