// Generated from hostile.yaml — do not edit.
/** The values of {@link ThingNameV2FooBar} the spec lists, in its order. */
export const ThingNameV2FooBar = ["*/", "`", "${x}", "\"", "'"];
