// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
export type GetWidgetParamsExpand = "parts";
/** The values of {@link GetWidgetParamsExpand} the spec lists, in its order. */
export declare const GetWidgetParamsExpand: readonly ["parts"];
/**
 * The surface finish.
 */
export type WidgetFinish = "matte" | "gloss";
/** The values of {@link WidgetFinish} the spec lists, in its order. */
export declare const WidgetFinish: readonly ["matte", "gloss"];
/**
 * Where a widget is in its life.
 */
export type WidgetStatus = "draft" | "active" | "retired";
/** The values of {@link WidgetStatus} the spec lists, in its order. */
export declare const WidgetStatus: readonly ["draft", "active", "retired"];
