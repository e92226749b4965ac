// Generated from acme-payments.yaml — do not edit.
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

/** Validates components.schemas["Payment"]. */
export declare const validatePayment: Validator<Types.Payment>;

/** Validates components.schemas["PaymentStatus"]. */
export declare const validatePaymentStatus: Validator<Types.PaymentStatus>;

/** Validates components.schemas["Problem"]. */
export declare const validateProblem: Validator<Types.Problem>;

/** Validates the "200" response of "getHealth" (forward compatible: x-open-enum enums are open). */
export declare const validateGetHealthResponse200: Validator<unknown>;

/** Validates the "200" response of "getMe" (forward compatible: x-open-enum enums are open). */
export declare const validateGetMeResponse200: Validator<unknown>;

/** Validates the request of "capturePayment" ({ path, query, header, body }). */
export declare const validateCapturePaymentRequest: Validator<unknown>;

/** Validates the "200" response of "capturePayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCapturePaymentResponse200: Validator<Types.Payment>;

/** Validates the "default" response of "capturePayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCapturePaymentResponseDefault: Validator<Types.Problem>;

/** Validates the request of "createPayment" ({ path, query, header, body }). */
export declare const validateCreatePaymentRequest: Validator<unknown>;

/** Validates the "201" response of "createPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCreatePaymentResponse201: Validator<Types.Payment>;

/** Validates the "default" response of "createPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateCreatePaymentResponseDefault: Validator<Types.Problem>;

/** Validates the request of "createRefund" ({ path, query, header, body }). */
export declare const validateCreateRefundRequest: Validator<unknown>;

/** Validates the "200" response of "createRefund" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateRefundResponse200: Validator<unknown>;

/** Validates the "default" response of "createRefund" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateRefundResponseDefault: Validator<Types.Problem>;

/** Validates the request of "getPayment" ({ path, query, header, body }). */
export declare const validateGetPaymentRequest: Validator<unknown>;

/** Validates the "200" response of "getPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPaymentResponse200: Validator<Types.Payment>;

/** Validates the "default" response of "getPayment" (forward compatible: x-open-enum enums are open). */
export declare const validateGetPaymentResponseDefault: Validator<Types.Problem>;

/** Validates the request of "listPayments" ({ path, query, header, body }). */
export declare const validateListPaymentsRequest: Validator<unknown>;

/** Validates the "200" response of "listPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateListPaymentsResponse200: Validator<unknown>;

/** Validates the "default" response of "listPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateListPaymentsResponseDefault: Validator<Types.Problem>;

/** Validates the request of "searchPayments" ({ path, query, header, body }). */
export declare const validateSearchPaymentsRequest: Validator<unknown>;

/** Validates the "200" response of "searchPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateSearchPaymentsResponse200: Validator<unknown>;

/** Validates the "default" response of "searchPayments" (forward compatible: x-open-enum enums are open). */
export declare const validateSearchPaymentsResponseDefault: Validator<Types.Problem>;

/** Validates the request of "getRegion" ({ path, query, header, body }). */
export declare const validateGetRegionRequest: Validator<unknown>;

/** Validates the "200" response of "getRegion" (forward compatible: x-open-enum enums are open). */
export declare const validateGetRegionResponse200: Validator<unknown>;

/** Validates the request of "getReport" ({ path, query, header, body }). */
export declare const validateGetReportRequest: Validator<unknown>;

/** Validates the "200" response of "getReport" (forward compatible: x-open-enum enums are open). */
export declare const validateGetReportResponse200: Validator<unknown>;

/** Validates the "default" response of "getReport" (forward compatible: x-open-enum enums are open). */
export declare const validateGetReportResponseDefault: Validator<Types.Problem>;
