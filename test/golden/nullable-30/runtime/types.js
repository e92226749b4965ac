// Generated from nullable-30.yaml — do not edit.
/** Public option and result types of the client runtime. */
export {};
