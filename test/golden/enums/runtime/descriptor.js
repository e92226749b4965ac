// Generated from test/fixtures/specs/enums.yaml (sha256 18939998b057eadadd8bb185b582b9defa16685d0a2bd2fe98fd899f5bb5712a).
// Do not edit: change the spec and run `npm run generate`.
export {};
