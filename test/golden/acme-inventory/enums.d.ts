// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
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
