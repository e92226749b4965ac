// Generated from no-operation-ids.yaml — do not edit.
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

/** Validates the params of "getPets" (as the client method takes them). */
export declare const validateGetPetsRequest: Validator<Types.GetPetsParams>;

/** Validates the "200" response of "getPets" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPetsResponse200: Validator<unknown>;

/** Validates the params of "getPetsPetId" (as the client method takes them). */
export declare const validateGetPetsPetIdRequest: Validator<Types.GetPetsPetIdParams>;

/** Validates the "default" response of "getPetsPetId" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPetsPetIdResponseDefault: Validator<unknown>;

/** Validates the params of "postPets" (as the client method takes them). */
export declare const validatePostPetsRequest: Validator<Types.PostPetsParams>;

/** Validates the params of "postUploads" (as the client method takes them). */
export declare const validatePostUploadsRequest: Validator<Types.PostUploadsParams>;
