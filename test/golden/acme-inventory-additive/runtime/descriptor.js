// Generated from acme-inventory-additive.yaml — do not edit.
export {};
