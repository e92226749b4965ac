// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
// Do not edit: change the spec and run `npm run generate`.
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
