// Generated from acme-payments.yaml — do not edit.
/** The values of {@link PaymentStatus} the spec lists, in its order. */
export const PaymentStatus = ["pending", "succeeded", "failed"];
