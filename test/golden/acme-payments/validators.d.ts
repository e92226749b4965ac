// Generated from acme-payments.yaml — do not edit.
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

/** Validates components.schemas["Payment"]. */
export declare const validatePayment: Validator<Types.Payment>;

/** Validates components.schemas["PaymentStatus"]. */
export declare const validatePaymentStatus: Validator<Types.PaymentStatus>;

/** Validates components.schemas["PaymentWritable"]. */
export declare const validatePaymentWritable: Validator<Types.PaymentWritable>;

/** Validates components.schemas["Problem"]. */
export declare const validateProblem: Validator<Types.Problem>;

/** Validates the params of "getHealth" (as the client method takes them). */
export declare const validateGetHealthRequest: Validator<Types.GetHealthParams>;

/** Validates the "200" response of "getHealth" (forward compatible: x-open-enum enums are open). */
export declare const validateGetHealthResponse200: Validator<unknown>;

/** Validates the params of "getMe" (as the client method takes them). */
export declare const validateGetMeRequest: Validator<Types.GetMeParams>;

/** Validates the "200" response of "getMe" (forward compatible: x-open-enum enums are open). */
export declare const validateGetMeResponse200: Validator<unknown>;

/** Validates the params of "capturePayment" (as the client method takes them). */
export declare const validateCapturePaymentRequest: Validator<Types.CapturePaymentParams>;

/** Validates the "200" response of "capturePayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCapturePaymentResponse200: Validator<Types.Payment>;

/** Validates the "default" response of "capturePayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCapturePaymentResponseDefault: Validator<Types.Problem>;

/** Validates the params of "createPayment" (as the client method takes them). */
export declare const validateCreatePaymentRequest: Validator<Types.CreatePaymentParams>;

/** Validates the "201" response of "createPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCreatePaymentResponse201: Validator<Types.Payment>;

/** Validates the "default" response of "createPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCreatePaymentResponseDefault: Validator<Types.Problem>;

/** Validates the params of "createRefund" (as the client method takes them). */
export declare const validateCreateRefundRequest: Validator<Types.CreateRefundParams>;

/** Validates the "200" response of "createRefund" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateRefundResponse200: Validator<unknown>;

/** Validates the "default" response of "createRefund" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateRefundResponseDefault: Validator<Types.Problem>;

/** Validates the params of "getPayment" (as the client method takes them). */
export declare const validateGetPaymentRequest: Validator<Types.GetPaymentParams>;

/** Validates the "200" response of "getPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPaymentResponse200: Validator<Types.Payment>;

/** Validates the "default" response of "getPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPaymentResponseDefault: Validator<Types.Problem>;

/** Validates the params of "listPayments" (as the client method takes them). */
export declare const validateListPaymentsRequest: Validator<Types.ListPaymentsParams>;

/** Validates the "200" response of "listPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateListPaymentsResponse200: Validator<unknown>;

/** Validates the "default" response of "listPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateListPaymentsResponseDefault: Validator<Types.Problem>;

/** Validates the params of "searchPayments" (as the client method takes them). */
export declare const validateSearchPaymentsRequest: Validator<Types.SearchPaymentsParams>;

/** Validates the "200" response of "searchPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateSearchPaymentsResponse200: Validator<unknown>;

/** Validates the "default" response of "searchPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateSearchPaymentsResponseDefault: Validator<Types.Problem>;

/** Validates the params of "getReport" (as the client method takes them). */
export declare const validateGetReportRequest: Validator<Types.GetReportParams>;

/** Validates the "200" response of "getReport" (forward compatible: x-open-enum enums are open). */
export declare const validateGetReportResponse200: Validator<unknown>;

/** Validates the "default" response of "getReport" (forward compatible: x-open-enum enums are open). */
export declare const validateGetReportResponseDefault: Validator<Types.Problem>;

/** Validates the params of "getRegion" (as the client method takes them). */
export declare const validateGetRegionRequest: Validator<Types.GetRegionParams>;

/** Validates the "200" response of "getRegion" (forward compatible: x-open-enum enums are open). */
export declare const validateGetRegionResponse200: Validator<unknown>;
