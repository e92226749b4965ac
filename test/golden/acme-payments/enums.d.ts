// Generated from acme-payments.yaml — do not edit.
export type PaymentStatus = "pending" | "succeeded" | "failed";
/** The values of {@link PaymentStatus} the spec lists, in its order. */
export declare const PaymentStatus: readonly ["pending", "succeeded", "failed"];
