/**
 * Property names that are Object.prototype members (`constructor`, `toString`, `__proto__`):
 * an absent one must not be "found" on the prototype. The hostile fixture's `class` schema has
 * such properties; its committed validators (test/golden/hostile) are checked by behaviour.
 */
import { describe, expect, it } from "vitest";

type Validator = ((value: unknown) => boolean) & { errors?: { instancePath: string }[] | null };
const { validateClass } = (await import("../golden/hostile/validators.js" as string)) as {
  validateClass: Validator;
};

describe("validators and prototype-named properties", () => {
  it("accept an object without them (nothing inherited is mistaken for a value)", () => {
    expect(validateClass({})).toBe(true);
  });

  it("check them when present", () => {
    expect(validateClass({ constructor: "x" })).toBe(true);
    expect(validateClass({ constructor: 5 })).toBe(false);
    expect(validateClass.errors?.[0]?.instancePath).toBe("/constructor");
  });
});
