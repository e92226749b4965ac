// Generated from hostile.yaml — do not edit.
export type ThingNameV2FooBar = "*/" | "`" | "${x}" | "\"" | "'";
/** The values of {@link ThingNameV2FooBar} the spec lists, in its order. */
export declare const ThingNameV2FooBar: readonly ["*/", "`", "${x}", "\"", "'"];
