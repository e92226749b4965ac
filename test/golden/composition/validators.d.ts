// Generated from composition.yaml — do not edit.
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

/** Validates components.schemas["Base"]. */
export declare const validateBase: Validator<Types.Base>;

/** Validates components.schemas["Cat"]. */
export declare const validateCat: Validator<Types.Cat>;

/** Validates components.schemas["Dog"]. */
export declare const validateDog: Validator<Types.Dog>;

/** Validates components.schemas["Pet"]. */
export declare const validatePet: Validator<Types.Pet>;

/** Validates components.schemas["Problem"]. */
export declare const validateProblem: Validator<Types.Problem>;

/** Validates the params of "addPet" (as the client method takes them). */
export declare const validateAddPetRequest: Validator<Types.AddPetParams>;

/** Validates the "201" response of "addPet" (forward compatible: x-open-enum enums are open). */
export declare const validateAddPetResponse201: Validator<Types.Pet>;

/** Validates the "default" response of "addPet" (forward compatible: x-open-enum enums are open). */
export declare const validateAddPetResponseDefault: Validator<Types.Problem>;
