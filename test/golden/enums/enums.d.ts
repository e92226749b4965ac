// Generated from enums.yaml — do not edit.
/**
 * Open (`x-open-enum`): the API may add values, so the type accepts any other too.
 */
export type OrderKind = "physical" | "digital" | (string & {});
/** The values of {@link OrderKind} the spec lists, in its order. */
export declare const OrderKind: readonly ["physical", "digital"];
export type OrderStatus = "pending" | "paid" | "needs-review" | "with space" | "";
/** The values of {@link OrderStatus} the spec lists, in its order. */
export declare const OrderStatus: readonly ["pending", "paid", "needs-review", "with space", ""];
export type Priority = 1 | 2 | 3;
/** The values of {@link Priority} the spec lists, in its order. */
export declare const Priority: readonly [1, 2, 3];
