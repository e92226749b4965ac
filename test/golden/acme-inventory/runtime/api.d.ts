// Generated from acme-inventory.yaml — do not edit.
/**
 * What the spec declares for the whole API, emitted by the generator as data beside the operation
 * descriptors: security schemes, the retry policy, the error classes, the request-id header and
 * the default timeout. The runtime reads only this; it knows no API by name.
 */
import type { ErrorClass } from "./errors.js";
/** How one `components.securitySchemes` entry is sent. */
export type SecurityScheme =
  /** `http` `bearer`, `oauth2` and `openIdConnect`: `Authorization: Bearer <token>`. */
  | {
      readonly type: "bearer";
      readonly option: string;
    }
  /** `http` `basic`: `Authorization: Basic base64(username:password)`. */
  | {
      readonly type: "basic";
      readonly option: string;
    }
  /** `apiKey`: the key as a header, a query parameter or a cookie named `name`. */
  | {
      readonly type: "apiKey";
      readonly option: string;
      readonly in: "header" | "query" | "cookie";
      readonly name: string;
    };
/** When and how often a call is retried. Every field is required here; the generator fills defaults. */
export interface RetryPolicy {
  /** Statuses (`409`) and ranges (`"5XX"`) that are retried. */
  readonly statuses: readonly (number | string)[];
  /** Retry when the request never got a response (reset connection, DNS failure…). */
  readonly connectionErrors: boolean;
  /** Retry an attempt that exceeded `timeoutMs`. */
  readonly timeouts: boolean;
  readonly maxRetries: number;
  /** First backoff, in ms. */
  readonly initialDelayMs: number;
  /** Longest backoff, in ms. */
  readonly maxDelayMs: number;
  /** Growth factor of the backoff per retry. */
  readonly exponent: number;
  /** A response header whose `true`/`false` forces or forbids a retry (e.g. `X-Should-Retry`). */
  readonly shouldRetryHeader?: string;
}
/** How an error response becomes an error class. */
export interface ErrorMapping {
  /** Dotted path of the error type in the body (`error.type`). */
  readonly typeField?: string;
  readonly messageField?: string;
  readonly codeField?: string;
  readonly paramField?: string;
  /** Extra error properties: property name → dotted path in the body. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Error type value → class. */
  readonly byType?: Readonly<Record<string, ErrorClass>>;
  /** Status (`"404"`) or range (`"5XX"`) → class, consulted before the type. */
  readonly byStatusFirst?: Readonly<Record<string, ErrorClass>>;
  /** Status or range → class, consulted when the type maps to no class. */
  readonly byStatus?: Readonly<Record<string, ErrorClass>>;
}
export interface ApiConfig {
  /** `components.securitySchemes` by key. */
  readonly schemes: Readonly<Record<string, SecurityScheme>>;
  readonly retry: RetryPolicy;
  readonly errors: ErrorMapping;
  /** Per-attempt timeout in ms unless the caller sets `timeoutMs`. */
  readonly timeoutMs: number;
  /** Credential options every operation needs: checked when the client is created. */
  readonly requiredOptions?: readonly string[];
  /** The response header that carries the request id; else `Request-Id`, then `X-Request-Id`. */
  readonly requestIdHeader?: string;
}
/** The defaults of a spec that declares nothing (see README, "Runtime behaviour"). */
export declare const DEFAULT_RETRY: RetryPolicy;
export declare const DEFAULT_API: ApiConfig;
