// Generated from test/fixtures/specs/acme-inventory.yaml (sha256 835d36b394b284eea0479d7c154478ec8144698adc34bd4fab99766ab14f0add).
// Do not edit: change the spec and run `npm run generate`.
/** The values of {@link GetWidgetParamsExpand} the spec lists, in its order. */
export const GetWidgetParamsExpand = ["parts"];
/** The values of {@link WidgetFinish} the spec lists, in its order. */
export const WidgetFinish = ["matte", "gloss"];
/** The values of {@link WidgetStatus} the spec lists, in its order. */
export const WidgetStatus = ["draft", "active", "retired"];
