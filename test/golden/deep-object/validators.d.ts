// Generated from deep-object.yaml — do not edit.
import type * as Types from "./types.js";

/** One validation error (the subset of ajv's ErrorObject the generated validators produce). */
export interface ValidationError {
  /** JSON pointer of the invalid value, e.g. `/body/owner/address/city`. */
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

/** Validates components.schemas["Widget"]. */
export declare const validateWidget: Validator<Types.Widget>;

/** Validates the request of "CreateWidget" ({ path, query, header, body }). */
export declare const validateCreateWidgetRequest: Validator<unknown>;

/** Validates the "200" response of "CreateWidget" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateWidgetResponse200: Validator<Types.Widget>;

/** Validates the request of "ListWidgets" ({ path, query, header, body }). */
export declare const validateListWidgetsRequest: Validator<unknown>;

/** Validates the "200" response of "ListWidgets" (forward compatible: x-open-enum enums are open). */
export declare const validateListWidgetsResponse200: Validator<unknown>;
