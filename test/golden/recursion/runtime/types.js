// Generated from recursion.yaml — do not edit.
export {};
