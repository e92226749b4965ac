// Generated from test/fixtures/specs/composition.yaml (sha256 c9dcfea65c19d33ca17eb60448a5d896e99608507aa42d62b96e7cffee7e654f).
// Do not edit: change the spec and run `npm run generate`.
export {};
