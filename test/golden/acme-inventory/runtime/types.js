// Generated from acme-inventory.yaml — do not edit.
export {};
