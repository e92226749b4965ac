// Generated from acme-inventory-additive.yaml — do not edit.
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
