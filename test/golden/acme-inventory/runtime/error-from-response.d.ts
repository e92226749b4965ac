// Generated from acme-inventory.yaml — do not edit.
/**
 * Maps a non-2xx response to an error class: the spec's `x-errors` mapping first, then the neutral
 * class of the status. Understands RFC 9457 problem details and the OAuth 2.0 error shape without
 * any declaration.
 */
import type { ErrorMapping } from "./api.js";
import { ApiError, type ErrorClass } from "./errors.js";
export interface ErrorResponse {
  readonly status: number;
  /** The parsed body (or its text), already redacted. */
  readonly body: unknown;
  /** Lower-cased names, already redacted. */
  readonly headers: Readonly<Record<string, string>>;
  readonly requestId: string | undefined;
}
/** The value at a dotted path (`error.type`), or undefined. */
export declare function valueAt(body: unknown, path: string): unknown;
/** The entry for `status` in a status table: exact (`"404"`), then its range (`"4XX"`). */
export declare function byStatus<T>(
  table: Readonly<Record<string, T>> | undefined,
  status: number,
): T | undefined;
export declare function errorClassFor(
  mapping: ErrorMapping,
  status: number,
  type?: string,
): ErrorClass;
export declare function errorFromResponse(mapping: ErrorMapping, r: ErrorResponse): ApiError;
