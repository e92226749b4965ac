// Generated from hostile.yaml — do not edit.
export {};
