/**
 * The form/query encoder: examples, and properties against qs (what stripe-node uses):
 * - decoding our output with qs.parse gives the input back (numbers/booleans/dates as strings);
 * - our output is byte-for-byte stripe-node's: qs.stringify({ arrayFormat: "indices" }) with its
 *   `%5B`/`%5D` turned back into `[`/`]`; equivalently, re-escaping our brackets gives qs's raw
 *   output. No input differs (undefined, null, empty arrays/objects included).
 */
import fc from "fast-check";
import qs from "qs";
import { describe, expect, it } from "vitest";
import { encodeForm } from "../../templates/runtime/index.js";

const RUNS = Number(process.env.FC_RUNS ?? 400);
const serializeDate = (d: Date): string => Math.floor(d.getTime() / 1000).toString();

function qsRaw(data: unknown): string {
  return qs.stringify(data, { arrayFormat: "indices", serializeDate });
}

function stripeNode(data: unknown): string {
  return qsRaw(data).replace(/%5B/g, "[").replace(/%5D/g, "]");
}

function qsParse(text: string): unknown {
  const parsed = qs.parse(text, {
    depth: 100,
    arrayLimit: 1000,
    parameterLimit: Infinity,
    plainObjects: true,
    allowPrototypes: true,
  });
  return JSON.parse(JSON.stringify(parsed)) as unknown;
}

const ABSENT = Symbol("absent");

/** What the wire format can say about a value: scalars as strings, nothing for empty. */
function expected(value: unknown): unknown {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    return ABSENT;
  }
  if (value === null) return "";
  if (value instanceof Date) return serializeDate(value);
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) {
    const items = value.map(expected).filter((v) => v !== ABSENT);
    return items.length === 0 ? ABSENT : items;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const e = expected(v);
    if (e !== ABSENT) out[k] = e;
  }
  return Object.keys(out).length === 0 ? ABSENT : out;
}

const special = fc.constantFrom(
  " ",
  "&",
  "=",
  "%",
  "+",
  "#",
  "?",
  "/",
  ".",
  "!",
  "'",
  "(",
  ")",
  "*",
  "~",
  "\n",
  '"',
  "é",
  "ü",
  "日本",
  "😀",
  "\u200b",
  "%5B",
  "%20",
);
const anyGrapheme = fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 });
const alnum = fc.constantFrom(..."abcXYZ019_-".split(""));
const text = fc.string({ unit: fc.oneof(alnum, special, anyGrapheme), maxLength: 12 });
const bracketText = fc.string({
  unit: fc.oneof(alnum, special, anyGrapheme, fc.constantFrom("[", "]", "[]", "a[b]")),
  maxLength: 12,
});

/**
 * Keys that bracket notation can carry unambiguously: non-empty, no `[`/`]` (a key `a[b]` reads as
 * nesting — true for qs and Stripe alike), not all digits (`x[0]` reads as an array index), and
 * not `__proto__` (qs drops it).
 */
const roundTripKey = text.filter(
  (k) => k !== "" && !/[[\]]/.test(k) && !/^\d+$/.test(k) && k !== "__proto__",
);

function nested(key: fc.Arbitrary<string>, withAbsent: boolean) {
  const scalar = fc.oneof(
    text,
    bracketText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(""),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    ...(withAbsent ? [fc.constant(undefined)] : []),
  );
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar,
      fc.array(tie("value"), { maxLength: 4 }),
      tie("object"),
    ),
    object: fc.dictionary(key, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  })).object as fc.Arbitrary<Record<string, unknown>>;
}

describe("encodeForm examples", () => {
  it("encodes Stripe's nested shapes with literal brackets", () => {
    expect(
      encodeForm({
        owner: { address: { city: "San Francisco" } },
        items: [{ parent: "sku_1", quantity: 2 }, { parent: "sku_2" }],
        metadata: { "key with space": "v&w=x" },
      }),
    ).toBe(
      "owner[address][city]=San%20Francisco&items[0][parent]=sku_1&items[0][quantity]=2" +
        "&items[1][parent]=sku_2&metadata[key%20with%20space]=v%26w%3Dx",
    );
  });

  it("sends '' and null as empty values, omits undefined, empty arrays and objects", () => {
    const input = { a: null, b: undefined, c: "", d: [], e: {}, f: [null, undefined, "x"] };
    expect(encodeForm(input)).toBe("a=&c=&f[0]=&f[2]=x");
    expect(encodeForm(input)).toBe(stripeNode(input));
  });

  it("percent-encodes per RFC 3986", () => {
    expect(encodeForm({ s: "!'()*~._- /+" })).toBe("s=%21%27%28%29%2A~._-%20%2F%2B");
    expect(encodeForm({ "ké y": "日本😀" })).toBe("k%C3%A9%20y=%E6%97%A5%E6%9C%AC%F0%9F%98%80");
  });

  it("keeps user brackets literal too, exactly as stripe-node does", () => {
    const input = { "k[x]": "v]", n: { "[": "[]" } };
    expect(encodeForm(input)).toBe("k[x]=v]&n[[]=[]");
    expect(encodeForm(input)).toBe(stripeNode(input));
  });

  it("formats numbers, bigints, booleans and dates", () => {
    const input = {
      a: 1099,
      b: 9007199254740991,
      c: 0.1,
      d: -5,
      e: 10n,
      f: true,
      g: false,
      h: new Date("2024-01-02T03:04:05.999Z"),
      i: 1e21,
      j: new Date(-1500),
    };
    expect(encodeForm(input)).toBe(
      "a=1099&b=9007199254740991&c=0.1&d=-5&e=10&f=true&g=false&h=1704164645&i=1e%2B21&j=-2",
    );
    expect(encodeForm(input)).toBe(stripeNode(input));
  });

  it("replaces lone surrogates with U+FFFD like qs", () => {
    for (const s of ["\uD800", "\uDC00", "a\uD800b", "\uDC00\uD800", "\uD83D\uDE00\uD800"]) {
      expect(encodeForm({ [s]: s })).toBe(stripeNode({ [s]: s }));
    }
    expect(encodeForm({ x: "\uD800" })).toBe("x=%EF%BF%BD");
  });

  it("goes to any depth", () => {
    let deep: Record<string, unknown> = { leaf: "v" };
    for (let i = 0; i < 60; i++) deep = { n: deep };
    expect(encodeForm(deep)).toBe(`n${"[n]".repeat(59)}[leaf]=v`);
  });

  it("omits functions and symbols; non-objects encode to nothing", () => {
    expect(encodeForm({ f: () => 1, s: Symbol("s"), k: "v" })).toBe("k=v");
    expect(encodeForm(undefined)).toBe("");
    expect(encodeForm(null)).toBe("");
    expect(encodeForm("a=b")).toBe("");
    expect(encodeForm(new Date(0))).toBe("");
  });
});

describe("encodeForm properties", () => {
  it("qs.parse(encodeForm(x)) gives x back, scalars as strings", () => {
    fc.assert(
      fc.property(nested(roundTripKey, true), (input) => {
        const want = expected(input);
        expect(qsParse(encodeForm(input))).toEqual(want === ABSENT ? {} : want);
      }),
      { numRuns: RUNS },
    );
  });

  it("is byte-for-byte stripe-node's encoding (qs indices + literal brackets), any keys", () => {
    fc.assert(
      fc.property(nested(fc.oneof(text, bracketText), true), (input) => {
        const ours = encodeForm(input);
        expect(ours).toBe(stripeNode(input));
        expect(ours.replace(/\[/g, "%5B").replace(/\]/g, "%5D")).toBe(qsRaw(input));
      }),
      { numRuns: RUNS },
    );
  });
});
