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

/** Validates components.schemas["Address"]. */
export declare const validateAddress: Validator<Types.Address>;

/** Validates components.schemas["AddressParams"]. */
export declare const validateAddressParams: Validator<Types.AddressParams>;

/** Validates components.schemas["ApiError"]. */
export declare const validateApiError2: Validator<Types.ApiError2>;

/** Validates components.schemas["Currency"]. */
export declare const validateCurrency: Validator<Types.Currency>;

/** Validates components.schemas["ErrorEnvelope"]. */
export declare const validateErrorEnvelope: Validator<Types.ErrorEnvelope>;

/** Validates components.schemas["Metadata"]. */
export declare const validateMetadata: Validator<Types.Metadata>;

/** Validates components.schemas["Shipping"]. */
export declare const validateShipping: Validator<Types.Shipping>;

/** Validates components.schemas["Source"]. */
export declare const validateSource: Validator<Types.Source>;

/** Validates components.schemas["SourceCodeVerificationFlow"]. */
export declare const validateSourceCodeVerificationFlow: Validator<Types.SourceCodeVerificationFlow>;

/** Validates components.schemas["SourceMandateParams"]. */
export declare const validateSourceMandateParams: Validator<Types.SourceMandateParams>;

/** Validates components.schemas["SourceOrder"]. */
export declare const validateSourceOrder: Validator<Types.SourceOrder>;

/** Validates components.schemas["SourceOrderItem"]. */
export declare const validateSourceOrderItem: Validator<Types.SourceOrderItem>;

/** Validates components.schemas["SourceOrderParams"]. */
export declare const validateSourceOrderParams: Validator<Types.SourceOrderParams>;

/** Validates components.schemas["SourceOwner"]. */
export declare const validateSourceOwner: Validator<Types.SourceOwner>;

/** Validates components.schemas["SourceOwnerParams"]. */
export declare const validateSourceOwnerParams: Validator<Types.SourceOwnerParams>;

/** Validates components.schemas["SourceReceiverFlow"]. */
export declare const validateSourceReceiverFlow: Validator<Types.SourceReceiverFlow>;

/** Validates components.schemas["SourceRedirectFlow"]. */
export declare const validateSourceRedirectFlow: Validator<Types.SourceRedirectFlow>;

/** Validates components.schemas["SourceTypeAchCreditTransfer"]. */
export declare const validateSourceTypeAchCreditTransfer: Validator<Types.SourceTypeAchCreditTransfer>;

/** Validates components.schemas["SourceTypeDetails"]. */
export declare const validateSourceTypeDetails: Validator<Types.SourceTypeDetails>;

/** Validates the params of "AttachSource" (as the client method takes them). */
export declare const validateAttachSourceRequest: Validator<Types.AttachSourceParams>;

/** Validates the "200" response of "AttachSource" (forward compatible: x-open-enum enums are open). */
export declare const validateAttachSourceResponse200: Validator<Types.Source>;

/** Validates the "default" response of "AttachSource" (forward compatible: x-open-enum enums are open). */
export declare const validateAttachSourceResponseDefault: Validator<Types.ErrorEnvelope>;

/** Validates the params of "DetachSource" (as the client method takes them). */
export declare const validateDetachSourceRequest: Validator<Types.DetachSourceParams>;

/** Validates the "200" response of "DetachSource" (forward compatible: x-open-enum enums are open). */
export declare const validateDetachSourceResponse200: Validator<Types.Source>;

/** Validates the "default" response of "DetachSource" (forward compatible: x-open-enum enums are open). */
export declare const validateDetachSourceResponseDefault: Validator<Types.ErrorEnvelope>;

/** Validates the params of "CreateSource" (as the client method takes them). */
export declare const validateCreateSourceRequest: Validator<Types.CreateSourceParams>;

/** Validates the "200" response of "CreateSource" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateSourceResponse200: Validator<Types.Source>;

/** Validates the "default" response of "CreateSource" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateSourceResponseDefault: Validator<Types.ErrorEnvelope>;

/** Validates the params of "RetrieveSource" (as the client method takes them). */
export declare const validateRetrieveSourceRequest: Validator<Types.RetrieveSourceParams>;

/** Validates the "200" response of "RetrieveSource" (forward compatible: x-open-enum enums are open). */
export declare const validateRetrieveSourceResponse200: Validator<Types.Source>;

/** Validates the "default" response of "RetrieveSource" (forward compatible: x-open-enum enums are open). */
export declare const validateRetrieveSourceResponseDefault: Validator<Types.ErrorEnvelope>;

/** Validates the params of "UpdateSource" (as the client method takes them). */
export declare const validateUpdateSourceRequest: Validator<Types.UpdateSourceParams>;

/** Validates the "200" response of "UpdateSource" (forward compatible: x-open-enum enums are open). */
export declare const validateUpdateSourceResponse200: Validator<Types.Source>;

/** Validates the "default" response of "UpdateSource" (forward compatible: x-open-enum enums are open). */
export declare const validateUpdateSourceResponseDefault: Validator<Types.ErrorEnvelope>;
