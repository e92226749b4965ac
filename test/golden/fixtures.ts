/** The one-feature fixture specs whose outputs are committed under test/golden/<name>/. */
export const GOLDEN_FIXTURES: readonly { readonly name: string; readonly spec: string }[] = [
  { name: "acme-inventory", spec: "test/fixtures/specs/acme-inventory.yaml" },
  { name: "acme-inventory-additive", spec: "test/fixtures/specs/acme-inventory-additive.yaml" },
  { name: "acme-payments", spec: "test/fixtures/specs/acme-payments.yaml" },
  { name: "composition", spec: "test/fixtures/specs/composition.yaml" },
  { name: "deep-object", spec: "test/fixtures/specs/deep-object.yaml" },
  { name: "enums", spec: "test/fixtures/specs/enums.yaml" },
  { name: "hostile", spec: "test/fixtures/specs/hostile.yaml" },
  { name: "multi-file", spec: "test/fixtures/specs/multi-file/openapi.yaml" },
  { name: "no-operation-ids", spec: "test/fixtures/specs/no-operation-ids.yaml" },
  { name: "nullable-30", spec: "test/fixtures/specs/nullable-30.yaml" },
  { name: "recursion", spec: "test/fixtures/specs/recursion.yaml" },
  { name: "webhooks-only", spec: "test/fixtures/specs/webhooks-only.yaml" },
];
