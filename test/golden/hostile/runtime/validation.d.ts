// Generated from hostile.yaml — do not edit.
/** Runs the precompiled validators and turns their issues into readable errors. */
import type { OperationDescriptor, ValidationIssue, Validator } from "./descriptor.js";
/**
 * `/owner/address/city` + "must be string" → `owner.address.city: must be string` (paths are
 * params paths: a body that is not merged is `body.…`). Distinct issues are joined with `; `.
 */
export declare function describeRequestIssues(issues: readonly ValidationIssue[]): string;
/** Like `describeRequestIssues`, for a response body (paths from the body root). */
export declare function describeResponseIssues(issues: readonly ValidationIssue[]): string;
/** Throws `RequestValidationError` when the operation's request validator rejects `params`. */
export declare function validateRequest(op: OperationDescriptor, params: unknown): void;
/** The response validator for `status`: exact code, then `2XX`-style range, then `default`. */
export declare function responseValidator(
  op: OperationDescriptor,
  status: number,
): Validator | undefined;
