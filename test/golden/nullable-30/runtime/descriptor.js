// Generated from test/fixtures/specs/nullable-30.yaml (sha256 9bc51cbee99d09e3a58678cf8e2fe8b99ecb80ac9fdf84d1624680791d674623).
// Do not edit: change the spec and run `npm run generate`.
export {};
