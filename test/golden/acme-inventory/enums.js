// Generated from acme-inventory.yaml — do not edit.
/** The values of {@link GetWidgetParamsExpand} the spec lists, in its order. */
export const GetWidgetParamsExpand = ["parts"];
/** The values of {@link WidgetFinish} the spec lists, in its order. */
export const WidgetFinish = ["matte", "gloss"];
/** The values of {@link WidgetStatus} the spec lists, in its order. */
export const WidgetStatus = ["draft", "active", "retired"];
