// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
// Do not edit: change the spec and run `npm run generate`.
/** The values of {@link OrderKind} the spec lists, in its order. */
export const OrderKind = ["physical", "digital"];
/** The values of {@link OrderStatus} the spec lists, in its order. */
export const OrderStatus = ["pending", "paid", "needs-review", "with space", ""];
/** The values of {@link Priority} the spec lists, in its order. */
export const Priority = [1, 2, 3];
