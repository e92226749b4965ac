// Generated from hostile.yaml — do not edit.
/**
 * Unknown keys in `params` are caught before anything is sent (with `validateRequests`): a typo
 * (`metadta`) would otherwise go out as a parameter the API ignores or rejects, and a request
 * option passed as a param (`retrieve(id, { tenantId })`, where `tenantId` is a request option)
 * would quietly become a query parameter. A body that allows additional properties (`openKeys`)
 * accepts any key.
 */
import type { OperationDescriptor } from "./descriptor.js";
/** Throws `RequestValidationError` for the first key of `params` the operation does not define. */
export declare function assertKnownKeys(
  op: OperationDescriptor,
  params: object | undefined,
  requestOptionNames: readonly string[],
): void;
export declare function unknownKeyMessage(
  op: OperationDescriptor,
  key: string,
  requestOptionNames: readonly string[],
): string;
/** The known key nearest to `key` (edit distance at most a third of its length, at least 1). */
export declare function closest(key: string, known: readonly string[]): string | undefined;
