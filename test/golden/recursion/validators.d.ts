// Generated from recursion.yaml — do not edit.
import type * as Types from "./types.js";

/** One validation error (the subset of ajv's ErrorObject the generated validators produce). */
export interface ValidationError {
  /** JSON pointer of the invalid value, e.g. `/owner/address/city`. */
  instancePath: string;
  /** JSON pointer of the failing keyword in the spec. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: a type guard; after a failed call, `errors` says why. */
export interface Validator<T = unknown> {
  (value: unknown): value is T;
  errors?: ValidationError[] | null;
}

/** Validates components.schemas["Even"]. */
export declare const validateEven: Validator<Types.Even>;

/** Validates components.schemas["Node"]. */
export declare const validateNode: Validator<Types.Node>;

/** Validates components.schemas["Odd"]. */
export declare const validateOdd: Validator<Types.Odd>;

/** Validates the params of "getTree" (as the client method takes them). */
export declare const validateGetTreeRequest: Validator<Types.GetTreeParams>;

/** Validates the "200" response of "getTree" (forward compatible: x-open-enum enums are open). */
export declare const validateGetTreeResponse200: Validator<Types.Node>;
