// Generated from acme-payments.yaml — do not edit.
export {};
