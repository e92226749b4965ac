// Generated from openapi.yaml — do not edit.
export {};
