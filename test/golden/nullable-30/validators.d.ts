// Generated from nullable-30.yaml — do not edit.
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

/** Validates components.schemas["Note"]. */
export declare const validateNote: Validator<Types.Note>;

/** Validates components.schemas["Thing"]. */
export declare const validateThing: Validator<Types.Thing>;

/** Validates the params of "getThing" (as the client method takes them). */
export declare const validateGetThingRequest: Validator<Types.GetThingParams>;

/** Validates the "200" response of "getThing" (forward compatible: x-open-enum enums are open). */
export declare const validateGetThingResponse200: Validator<Types.Thing>;
