// Generated from test/fixtures/specs/acme-inventory-additive.yaml (sha256 562ba59c82e8e25622cf290b64a7ff004deb83513a5babe2f3a174cc4cc98e89).
// Do not edit: change the spec and run `npm run generate`.
/** The values of {@link GetWidgetParamsExpand} the spec lists, in its order. */
export const GetWidgetParamsExpand = ["parts"];
/** The values of {@link WidgetFinish} the spec lists, in its order. */
export const WidgetFinish = ["matte", "gloss"];
/** The values of {@link WidgetStatus} the spec lists, in its order. */
export const WidgetStatus = ["draft", "active", "retired"];
