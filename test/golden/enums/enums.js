// Generated from enums.yaml — do not edit.
/** The values of {@link OrderKind} the spec lists, in its order. */
export const OrderKind = ["physical", "digital"];
/** The values of {@link OrderStatus} the spec lists, in its order. */
export const OrderStatus = ["pending", "paid", "needs-review", "with space", ""];
/** The values of {@link Priority} the spec lists, in its order. */
export const Priority = [1, 2, 3];
