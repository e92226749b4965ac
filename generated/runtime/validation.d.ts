// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/** Runs the precompiled validators and turns their issues into readable errors. */
import type { OperationDescriptor, ValidationIssue, Validator } from "./descriptor.js";
import type { RequestParts } from "./params.js";
/**
 * `/body/owner/address/city` + "must be string" → `owner.address.city: must be string`. The part
 * (`body`, `query`, `path`, `header`) is dropped, except `body` when the body is not merged into
 * the params (the caller then passed it as `params.body`). Distinct issues are joined with `; `.
 */
export declare function describeRequestIssues(
  issues: readonly ValidationIssue[],
  bodyMerged: boolean,
): string;
/** Like `describeRequestIssues`, for a response body (paths from the body root). */
export declare function describeResponseIssues(issues: readonly ValidationIssue[]): string;
/** Throws `RequestValidationError` when the operation's request validator rejects `parts`. */
export declare function validateRequest(op: OperationDescriptor, parts: RequestParts): void;
/** The response validator for `status`: exact code, then `2XX`-style range, then `default`. */
export declare function responseValidator(
  op: OperationDescriptor,
  status: number,
): Validator | undefined;
