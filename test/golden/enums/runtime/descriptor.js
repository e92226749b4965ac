// Generated from enums.yaml — do not edit.
export {};
