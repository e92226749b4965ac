// Generated from test/fixtures/specs/no-operation-ids.yaml (sha256 5ea7e0b10bf74e274c80dcb8e33e0031cd3c8a2f545512b408798f9a392b0605).
// Do not edit: change the spec and run `npm run generate`.
export {};
