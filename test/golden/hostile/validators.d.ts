// Generated from hostile.yaml — do not edit.
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

/** Validates components.schemas["1abc"]. */
export declare const validate_1abc: Validator<Types._1abc>;

/** Validates components.schemas["File--Full"]. */
export declare const validateFileFull: Validator<Types.FileFull>;

/** Validates components.schemas["FooBar"]. */
export declare const validateFooBar: Validator<Types.FooBar>;

/** Validates components.schemas["Thing-Name.v2"]. */
export declare const validateThingNameV2: Validator<Types.ThingNameV2>;

/** Validates components.schemas["class"]. */
export declare const validateClass: Validator<Types.Class>;

/** Validates components.schemas["foo-bar"]. */
export declare const validateFooBar2: Validator<Types.FooBar2>;

/** Validates the params of "constructor" (as the client method takes them). */
export declare const validateConstructorRequest: Validator<Types.ConstructorParams>;

/** Validates the params of "get-item *\/ ${x}" (as the client method takes them). */
export declare const validateGetItemXRequest: Validator<Types.GetItemXParams>;

/** Validates the "200" response of "get-item *\/ ${x}" (forward compatible: x-open-enum enums are open). */
export declare const validateGetItemXResponse200: Validator<Types.ThingNameV2>;
