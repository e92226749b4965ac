/**
 * validators.d.ts is printed exactly as prettier would print it, so the pipeline leaves it
 * unformatted (prettier took half a second on a large spec for no change).
 */
import { describe, expect, it } from "vitest";
import { emitValidators } from "../../generator/emit/validators.js";
import { formatFiles } from "../../generator/format.js";
import type { ApiModel } from "../../generator/model/types.js";
import { handModel, loadModel, operation, response } from "./support.js";

async function unchangedByPrettier(model: ApiModel): Promise<void> {
  const { files, diagnostics } = emitValidators(model, undefined, { acceptUnknownFormats: true });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const dts = files.find((f) => f.path === "validators.d.ts");
  expect(dts).toBeDefined();
  const [formatted] = await formatFiles([dts!]);
  expect(formatted!.contents).toBe(dts!.contents);
}

describe("validators.d.ts needs no formatting", () => {
  it("for long and hostile names and descriptions", async () => {
    const long = "VeryLongSchemaName".repeat(8);
    const hostile = "*/ `${x}` \" ' </script> \\ \u2028 //";
    await unchangedByPrettier(
      handModel({
        schemas: {
          [long]: { type: "object", properties: { a: { type: "string" } } },
          [`${hostile} name`]: { type: "string" },
          "File--Full": { type: "integer" },
        },
        operations: [
          operation(`Get${long}${long}`, {
            operationId: `${hostile}${long}`,
            requestValidatorName: `validateGet${long}${long}Request`,
            responses: [
              response("200", { $ref: `#/components/schemas/${long}` }, `validateGet${long}200`),
              response("default", { type: "string" }, `validateGet${long}Default`),
            ],
          }),
        ],
      }),
    );
  });

  it.each(["spec/openapi.yaml", "test/fixtures/specs/hostile.yaml"])("for %s", async (spec) => {
    await unchangedByPrettier(await loadModel(spec));
  });
});
