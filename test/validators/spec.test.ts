/** The validators of the real spec (spec/openapi.yaml), through `load` + `buildModel`. */
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators.js";
import type { ApiModel } from "../../generator/model/types.js";
import { cleanUp, compile, failures, loadModel, validator } from "./support.js";

afterAll(cleanUp);

function sourceExample(model: ApiModel): Record<string, unknown> {
  const components = model.document.components as Record<
    string,
    Record<string, { value: unknown }>
  >;
  const example = components.examples?.SourceAchCreditTransferPending?.value;
  if (!example) throw new Error("the spec has no SourceAchCreditTransferPending example");
  return structuredClone(example) as Record<string, unknown>;
}

describe("spec/openapi.yaml", async () => {
  const model = await loadModel("spec/openapi.yaml");
  const { module, diagnostics, files } = await compile(model);
  const source = sourceExample(model);

  it("emits without diagnostics, one export per model validator", () => {
    expect(diagnostics).toEqual([]);
    const names = [
      ...model.schemas.map((s) => s.validatorName),
      ...model.operations.flatMap((op) => [
        ...(op.requestValidatorName ? [op.requestValidatorName] : []),
        ...op.responses.flatMap((r) => (r.validatorName ? [r.validatorName] : [])),
      ]),
    ];
    expect(Object.keys(module).sort()).toEqual([...names].sort());
    const dts = files.find((f) => f.path === "validators.d.ts")?.contents ?? "";
    for (const name of names) expect(dts).toContain(`export declare const ${name}: Validator<`);
  });

  it("accepts the retrieve example and rejects broken copies with precise paths", () => {
    const validateSource = validator(module, "validateSource");
    expect(validateSource(source)).toBe(true);
    expect(failures(validateSource, { ...source, status: "bogus" })).toEqual(["/status"]);
    expect(failures(validateSource, { ...source, created: "1683144457" })).toEqual(["/created"]);
    expect(failures(validateSource, { ...source, created: 1683144457.5 })).toEqual(["/created"]);
    expect(failures(validateSource, { ...source, livemode: "false" })).toEqual(["/livemode"]);
    expect(failures(validateSource, { ...source, metadata: { order_id: 6735 } })).toEqual([
      "/metadata/order_id",
    ]);
    const { id: _id, ...withoutId } = source;
    expect(failures(validateSource, withoutId)).toEqual([""]);
    expect(validateSource.errors?.[0]?.params).toEqual({ missingProperty: "id" });
    const owner = source.owner as Record<string, unknown>;
    // owner is nullable (anyOf [SourceOwner, null]): the first error is the inner one.
    expect(failures(validateSource, { ...source, owner: { ...owner, email: 42 } })[0]).toBe(
      "/owner/email",
    );
  });

  it("response validators are forward compatible; the component validator is not", () => {
    const retrieve = validator(module, "validateRetrieveSourceResponse200");
    const validateSource = validator(module, "validateSource");
    expect(retrieve(source)).toBe(true);
    expect(retrieve({ ...source, a_field_added_later: { x: 1 } })).toBe(true);
    expect(retrieve({ ...source, type: "a_new_payment_method" })).toBe(true);
    expect(failures(retrieve, { ...source, type: 12 })).toEqual(["/type"]);
    expect(failures(retrieve, { ...source, status: "new_status" })).toEqual(["/status"]);
    expect(failures(validateSource, { ...source, type: "a_new_payment_method" })).toEqual([
      "/type",
    ]);
    const errorResponse = validator(module, "validateRetrieveSourceResponseDefault");
    expect(errorResponse({ error: { type: "a_new_error_type", message: "x" } })).toBe(true);
    expect(failures(errorResponse, { error: { message: "x" } })).toEqual(["/error"]);
  });

  it("request validators take the client's params, with params paths", () => {
    const retrieve = validator(module, "validateRetrieveSourceRequest");
    expect(retrieve({ client_secret: "x" })).toBe(true);
    expect(retrieve({})).toBe(true);
    expect(failures(retrieve, { client_secret: 1 })).toEqual(["/client_secret"]);

    const create = validator(module, "validateCreateSourceRequest");
    const params = {
      type: "ach_credit_transfer",
      currency: "usd",
      owner: { email: "jenny.rosen@example.com", address: { city: "Paris" } },
      metadata: { order_id: "6735" },
    };
    expect(create(params)).toBe(true);
    expect(create({ customer: "cus_1", original_source: "src_1" })).toBe(true);
    expect(failures(create, { ...params, owner: { address: { city: 5 } } })).toEqual([
      "/owner/address/city",
    ]);
    expect(failures(create, { ...params, flow: "teleport" })).toEqual(["/flow"]);
    expect(failures(create, { ...params, amount: 1.5 })).toEqual(["/amount"]);
    expect(failures(create, { currency: "usd" })[0]).toBe("");
  });

  it("is deterministic across emits", () => {
    expect(emitValidators(model).files).toEqual(files);
  });
});
