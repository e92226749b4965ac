// Generated from composition.yaml — do not edit.
/** Public option and result types of the client runtime. */
export {};
