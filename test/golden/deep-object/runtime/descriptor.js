// Generated from deep-object.yaml — do not edit.
export {};
