/** The hand-written runtime (templates/validators/runtime.js) against ajv and ajv-formats. */
import { createRequire } from "node:module";
import fc from "fast-check";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { describe, expect, it } from "vitest";
import { ACCEPTED_UNCHECKED, knownFormats } from "../../generator/emit/validators/formats.js";
import {
  formatBinding,
  hasFormatRegion,
  runtimeCode,
} from "../../generator/emit/validators/runtime-source.js";
import { equal, regExp, regionFormats, ucs2length } from "../../templates/validators/runtime.js";

const require = createRequire(import.meta.url);

type FormatFn = (value: unknown) => boolean;

function check(definition: unknown): FormatFn {
  if (typeof definition === "function") return definition as FormatFn;
  if (definition instanceof RegExp) return (value) => definition.test(value as string);
  return (definition as { validate: FormatFn }).validate;
}

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));

/** Strings near the shape of dates, times, URIs and base64, plus anything. */
const nearlyValid = fc.oneof(
  fc.string(),
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc
    .tuple(
      digits(2),
      digits(2),
      digits(2),
      fc.constantFrom("", "Z", "z", "+01:00", "-23:59", "+2400", ".123Z"),
    )
    .map(([h, m, s, z]) => `${h}:${m}:${s}${z}`),
  fc
    .tuple(
      fc.date({ noInvalidDate: true }),
      fc.constantFrom("T", "t", " ", "x"),
      fc.constantFrom("Z", "", "+05:30"),
    )
    .map(([d, sep, z]) => d.toISOString().replace("T", sep).replace("Z", z)),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom("mailto:a@b", "urn:isbn:0451450523", "a/b", "http://[::1]:80/", "x:", "//host"),
  fc.base64String(),
  fc.constantFrom("^a\\Z", "(", "[a-z]+", "a{2,1}"),
);

describe("runtime.js formats match ajv-formats (full mode)", () => {
  for (const name of Object.keys(regionFormats)) {
    const original = (fullFormats as Record<string, unknown>)[name];
    if (original === undefined) continue;
    it(name, () => {
      const ours = check(regionFormats[name]);
      const theirs = check(original);
      const numeric =
        typeof original === "object" && (original as { type?: string }).type === "number";
      const values: fc.Arbitrary<unknown> = numeric
        ? fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53))
        : nearlyValid;
      fc.assert(
        fc.property(values, (value) => {
          expect(ours(value)).toBe(theirs(value));
        }),
        { numRuns: 800, seed: 7 },
      );
    });
  }
});

describe("format registry", () => {
  it("knows every ajv-formats format", () => {
    const known = knownFormats();
    for (const name of Object.keys(fullFormats)) expect(known.has(name), name).toBe(true);
  });

  it("has a region for every non-RegExp definition, declaring the expected binding", () => {
    for (const [name, definition] of knownFormats()) {
      if (definition === true || definition instanceof RegExp) continue;
      expect(hasFormatRegion(name), name).toBe(true);
      expect(runtimeCode([`format:${name}`])).toMatch(
        new RegExp(`(?:const|function) ${formatBinding(name)}\\b`),
      );
    }
  });

  it("lists accepted-unchecked formats as true and adds x-formats names", () => {
    const known = knownFormats(["phone-number", "int32"]);
    for (const name of ACCEPTED_UNCHECKED) expect(known.get(name)).toBe(true);
    expect(known.get("phone-number")).toBe(true);
    expect(known.get("int32")).not.toBe(true);
    expect([...known.keys()]).toEqual([...known.keys()].sort());
  });

  it("checks the registry's numeric ranges", () => {
    const v = (name: string, value: number): boolean => check(regionFormats[name])(value);
    expect([v("int8", 127), v("int8", 128), v("int8", -128), v("int8", -129)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([v("uint8", 0), v("uint8", -1), v("uint16", 65535), v("uint16", 65536)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([
      v("uint32", 4294967295),
      v("uint32", 4294967296),
      v("uint64", 2 ** 60),
      v("uint64", -1),
    ]).toEqual([true, false, true, false]);
    expect([
      v("double-int", 2 ** 53 - 1),
      v("double-int", 2 ** 53),
      v("unix-time", 0),
      v("unix-time", 1.5),
    ]).toEqual([true, false, true, false]);
  });
});

describe("runtime helpers", () => {
  it("ucs2length counts code points like ajv", () => {
    const reference = (require("ajv/dist/runtime/ucs2length") as { default: (s: string) => number })
      .default;
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(ucs2length(s)).toBe(reference(s));
      }),
      { numRuns: 500, seed: 3 },
    );
    expect(ucs2length("😀a")).toBe(2);
    expect(ucs2length("\ud800")).toBe(1);
  });

  it("equal agrees with fast-deep-equal (ajv's equal) on JSON values", () => {
    const reference = require("fast-deep-equal") as (a: unknown, b: unknown) => boolean;
    const pair = fc.oneof(
      fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 })),
      fc.jsonValue({ maxDepth: 3 }).map((v) => [v, JSON.parse(JSON.stringify(v))] as const),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(equal(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it("regExp falls back to the legacy syntax only when the u flag fails", () => {
    expect(regExp("^\\p{Lu}$", "u").test("É")).toBe(true);
    expect(regExp("^\\p{Lu}$", "u").flags).toBe("u");
    const legacy = regExp("^[\\:a]+$", "u");
    expect(legacy.flags).toBe("");
    expect(legacy.test("a:")).toBe(true);
    expect(() => regExp("(", "u")).toThrow();
  });
});
