// Generated from composition.yaml — do not edit.
export {};
