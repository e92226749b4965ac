// Generated from nullable-30.yaml — do not edit.
export {};
