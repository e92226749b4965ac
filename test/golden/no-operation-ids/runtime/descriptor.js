// Generated from no-operation-ids.yaml — do not edit.
export {};
