// Generated from openapi.yaml — do not edit.
/**
 * The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error` (and `authentication_error`, `permission_error`, `rate_limit_error`).
 *
 * Open (`x-open-enum`): the API may add values, so the type accepts any other too.
 */
export type ApiError2Type =
  | "api_error"
  | "card_error"
  | "idempotency_error"
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "rate_limit_error"
  | (string & {});
/** The values of {@link ApiError2Type} the spec lists, in its order. */
export declare const ApiError2Type: readonly [
  "api_error",
  "card_error",
  "idempotency_error",
  "invalid_request_error",
  "authentication_error",
  "permission_error",
  "rate_limit_error",
];
/**
 * The method Stripe should use to request information needed to process a refund or mispayment. Either `email` (an email is sent directly to the customer) or `manual` (a `source.refund_attributes_required` event is sent to your webhooks endpoint). Refer to each payment method's documentation to learn which refund attributes may be required.
 */
export type CreateSourceParamsReceiverRefundAttributesMethod = "email" | "manual";
/** The values of {@link CreateSourceParamsReceiverRefundAttributesMethod} the spec lists, in its order. */
export declare const CreateSourceParamsReceiverRefundAttributesMethod: readonly ["email", "manual"];
/**
 * The authentication `flow` of the source. `flow` is one of `redirect`, `receiver`, `code_verification`, `none`.
 */
export type SourceFlow = "redirect" | "receiver" | "code_verification" | "none";
/** The values of {@link SourceFlow} the spec lists, in its order. */
export declare const SourceFlow: readonly ["redirect", "receiver", "code_verification", "none"];
/**
 * The status of the mandate acceptance. Either `accepted` (the mandate was accepted) or `refused` (the mandate was refused).
 */
export type SourceMandateParamsAcceptanceStatus = "accepted" | "refused";
/** The values of {@link SourceMandateParamsAcceptanceStatus} the spec lists, in its order. */
export declare const SourceMandateParamsAcceptanceStatus: readonly ["accepted", "refused"];
/**
 * The type of acceptance information included with the mandate. Either `online` or `offline`
 */
export type SourceMandateParamsAcceptanceType = "online" | "offline";
/** The values of {@link SourceMandateParamsAcceptanceType} the spec lists, in its order. */
export declare const SourceMandateParamsAcceptanceType: readonly ["online", "offline"];
/**
 * The interval of debits permitted by the mandate. Either `one_time` (just permitting a single debit), `scheduled` (with debits on an agreed schedule or for clearly-defined events), or `variable`(for debits with any frequency)
 */
export type SourceMandateParamsInterval = "one_time" | "scheduled" | "variable";
/** The values of {@link SourceMandateParamsInterval} the spec lists, in its order. */
export declare const SourceMandateParamsInterval: readonly ["one_time", "scheduled", "variable"];
/**
 * The method Stripe should use to notify the customer of upcoming debit instructions and/or mandate confirmation as required by the underlying debit network. Either `email` (an email is sent directly to the customer), `manual` (a `source.mandate_notification` event is sent to your webhooks endpoint and you should handle the notification) or `none` (the underlying debit network does not require any notification).
 */
export type SourceMandateParamsNotificationMethod = "email" | "manual" | "none";
/** The values of {@link SourceMandateParamsNotificationMethod} the spec lists, in its order. */
export declare const SourceMandateParamsNotificationMethod: readonly ["email", "manual", "none"];
/**
 * String representing the object's type. Objects of the same type share the same value.
 */
export type SourceObject = "source";
/** The values of {@link SourceObject} the spec lists, in its order. */
export declare const SourceObject: readonly ["source"];
/**
 * The status of the source, one of `canceled`, `chargeable`, `consumed`, `failed`, or `pending`. Only `chargeable` sources can be used to create a charge.
 */
export type SourceStatus = "canceled" | "chargeable" | "consumed" | "failed" | "pending";
/** The values of {@link SourceStatus} the spec lists, in its order. */
export declare const SourceStatus: readonly [
  "canceled",
  "chargeable",
  "consumed",
  "failed",
  "pending",
];
/**
 * The `type` of the source. The `type` is a payment method, one of `ach_credit_transfer`, `ach_debit`, `alipay`, `bancontact`, `card`, `card_present`, `eps`, `giropay`, `ideal`, `multibanco`, `klarna`, `p24`, `sepa_debit`, `sofort`, `three_d_secure`, or `wechat`. An additional hash is included on the source with a name matching this value. It contains additional information specific to the [payment method](https://docs.stripe.com/sources) used.
 *
 * Open (`x-open-enum`): the API may add values, so the type accepts any other too.
 */
export type SourceType =
  | "ach_credit_transfer"
  | "ach_debit"
  | "alipay"
  | "bancontact"
  | "card"
  | "card_present"
  | "eps"
  | "giropay"
  | "ideal"
  | "klarna"
  | "multibanco"
  | "p24"
  | "sepa_debit"
  | "sofort"
  | "three_d_secure"
  | "wechat"
  | (string & {});
/** The values of {@link SourceType} the spec lists, in its order. */
export declare const SourceType: readonly [
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
/**
 * Either `reusable` or `single_use`. Whether this source should be reusable or not. Some source types may or may not be reusable by construction, while others may leave the option at creation.
 */
export type SourceUsage = "reusable" | "single_use";
/** The values of {@link SourceUsage} the spec lists, in its order. */
export declare const SourceUsage: readonly ["reusable", "single_use"];
