// Generated from test/fixtures/specs/deep-object.yaml (sha256 dfb803ff3effca1a5df4cd0fccf42094fb5219bad0c5c3ef6811858f1336cd1b).
// Do not edit: change the spec and run `npm run generate`.
export {};
