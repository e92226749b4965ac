// Generated from no-operation-ids.yaml — do not edit.
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

/** Validates the "200" response of "getPets" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPetsResponse200: Validator<unknown>;

/** Validates the request of "getPetsPetId" ({ path, query, header, body }). */
export declare const validateGetPetsPetIdRequest: Validator<unknown>;

/** Validates the "default" response of "getPetsPetId" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPetsPetIdResponseDefault: Validator<unknown>;

/** Validates the request of "postPets" ({ path, query, header, body }). */
export declare const validatePostPetsRequest: Validator<unknown>;

/** Validates the request of "postUploads" ({ path, query, header, body }). */
export declare const validatePostUploadsRequest: Validator<unknown>;
