// Generated from webhooks-only.yaml — do not edit.
export {};
