// Generated from openapi.yaml — do not edit.
/** The values of {@link ApiError2Type} the spec lists, in its order. */
export const ApiError2Type = [
  "api_error",
  "card_error",
  "idempotency_error",
  "invalid_request_error",
  "authentication_error",
  "permission_error",
  "rate_limit_error",
];
/** The values of {@link CreateSourceParamsReceiverRefundAttributesMethod} the spec lists, in its order. */
export const CreateSourceParamsReceiverRefundAttributesMethod = ["email", "manual"];
/** The values of {@link SourceFlow} the spec lists, in its order. */
export const SourceFlow = ["redirect", "receiver", "code_verification", "none"];
/** The values of {@link SourceMandateParamsAcceptanceStatus} the spec lists, in its order. */
export const SourceMandateParamsAcceptanceStatus = ["accepted", "refused"];
/** The values of {@link SourceMandateParamsAcceptanceType} the spec lists, in its order. */
export const SourceMandateParamsAcceptanceType = ["online", "offline"];
/** The values of {@link SourceMandateParamsInterval} the spec lists, in its order. */
export const SourceMandateParamsInterval = ["one_time", "scheduled", "variable"];
/** The values of {@link SourceMandateParamsNotificationMethod} the spec lists, in its order. */
export const SourceMandateParamsNotificationMethod = ["email", "manual", "none"];
/** The values of {@link SourceObject} the spec lists, in its order. */
export const SourceObject = ["source"];
/** The values of {@link SourceStatus} the spec lists, in its order. */
export const SourceStatus = ["canceled", "chargeable", "consumed", "failed", "pending"];
/** The values of {@link SourceType} the spec lists, in its order. */
export const SourceType = [
  "ach_credit_transfer",
  "ach_debit",
  "alipay",
  "bancontact",
  "card",
  "card_present",
  "eps",
  "giropay",
  "ideal",
  "klarna",
  "multibanco",
  "p24",
  "sepa_debit",
  "sofort",
  "three_d_secure",
  "wechat",
];
/** The values of {@link SourceUsage} the spec lists, in its order. */
export const SourceUsage = ["reusable", "single_use"];
