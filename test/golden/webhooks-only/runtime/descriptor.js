// Generated from test/fixtures/specs/webhooks-only.yaml (sha256 f03eb8106f03337caca0af3a90eeb619fb5bf4321f1127e8f1b9fe671d6b7403).
// Do not edit: change the spec and run `npm run generate`.
export {};
