// Generated from deep-object.yaml — do not edit.
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

/** Validates components.schemas["Widget"]. */
export declare const validateWidget: Validator<Types.Widget>;

/** Validates the params of "CreateWidget" (as the client method takes them). */
export declare const validateCreateWidgetRequest: Validator<Types.CreateWidgetParams>;

/** Validates the "200" response of "CreateWidget" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateWidgetResponse200: Validator<Types.Widget>;

/** Validates the params of "ListWidgets" (as the client method takes them). */
export declare const validateListWidgetsRequest: Validator<Types.ListWidgetsParams>;

/** Validates the "200" response of "ListWidgets" (forward compatible: x-open-enum enums are open). */
export declare const validateListWidgetsResponse200: Validator<unknown>;
