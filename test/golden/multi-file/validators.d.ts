// Generated from openapi.yaml — do not edit.
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

/** Validates components.schemas["Country"]. */
export declare const validateCountry: Validator<Types.Country>;

/** Validates components.schemas["address"]. */
export declare const validateAddress: Validator<Types.Address>;

/** Validates components.schemas["person"]. */
export declare const validatePerson: Validator<Types.Person>;

/** Validates the params of "getPerson" (as the client method takes them). */
export declare const validateGetPersonRequest: Validator<Types.GetPersonParams>;

/** Validates the "200" response of "getPerson" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPersonResponse200: Validator<Types.Person>;
