/**
 * Parameter serialisation against the OpenAPI 3.1 "Style Examples" table (as corrected in 3.1.1
 * to follow RFC 6570: label/simple lists with commas, delimiters percent-encoded), for a parameter
 * named `color` with the values "" , "blue", ["blue","black","brown"] and {R:100,G:200,B:150}.
 */
import { describe, expect, it } from "vitest";
import {
  serialiseCookie,
  serialiseHeader,
  serialisePath,
  serialiseQuery,
  serialiseQueryString,
} from "../../templates/runtime/serialise.js";

const empty = "";
const string = "blue";
const array = ["blue", "black", "brown"];
const object = { R: 100, G: 200, B: 150 };

type Row = [style: string, explode: boolean, value: unknown, want: string];

const pathRows: Row[] = [
  ["matrix", false, empty, ";color"],
  ["matrix", false, string, ";color=blue"],
  ["matrix", false, array, ";color=blue,black,brown"],
  ["matrix", false, object, ";color=R,100,G,200,B,150"],
  ["matrix", true, empty, ";color"],
  ["matrix", true, string, ";color=blue"],
  ["matrix", true, array, ";color=blue;color=black;color=brown"],
  ["matrix", true, object, ";R=100;G=200;B=150"],
  ["label", false, empty, "."],
  ["label", false, string, ".blue"],
  ["label", false, array, ".blue,black,brown"],
  ["label", false, object, ".R,100,G,200,B,150"],
  ["label", true, string, ".blue"],
  ["label", true, array, ".blue.black.brown"],
  ["label", true, object, ".R=100.G=200.B=150"],
  ["simple", false, string, "blue"],
  ["simple", false, array, "blue,black,brown"],
  ["simple", false, object, "R,100,G,200,B,150"],
  ["simple", true, string, "blue"],
  ["simple", true, array, "blue,black,brown"],
  ["simple", true, object, "R=100,G=200,B=150"],
];

const queryRows: Row[] = [
  ["form", false, empty, "color="],
  ["form", false, string, "color=blue"],
  ["form", false, array, "color=blue,black,brown"],
  ["form", false, object, "color=R,100,G,200,B,150"],
  ["form", true, empty, "color="],
  ["form", true, string, "color=blue"],
  ["form", true, array, "color=blue&color=black&color=brown"],
  ["form", true, object, "R=100&G=200&B=150"],
  ["spaceDelimited", false, array, "color=blue%20black%20brown"],
  ["spaceDelimited", false, object, "color=R%20100%20G%20200%20B%20150"],
  ["pipeDelimited", false, array, "color=blue%7Cblack%7Cbrown"],
  ["pipeDelimited", false, object, "color=R%7C100%7CG%7C200%7CB%7C150"],
  ["deepObject", true, object, "color[R]=100&color[G]=200&color[B]=150"],
];

describe("OpenAPI style examples", () => {
  for (const [style, explode, value, want] of pathRows) {
    it(`path ${style}, explode ${explode}: ${JSON.stringify(value)} → ${want}`, () => {
      expect(serialisePath("color", value, { style, explode })).toBe(want);
    });
  }
  for (const [style, explode, value, want] of queryRows) {
    it(`query ${style}, explode ${explode}: ${JSON.stringify(value)} → ${want}`, () => {
      expect(serialiseQuery("color", value, { style, explode }).join("&")).toBe(want);
    });
  }
});

describe("cases OpenAPI leaves open, and escaping", () => {
  it("nested values in deepObject (or inside another style) take the bracket-and-index form", () => {
    const value = { a: { b: [1, { c: "x" }] } };
    const want = "f[a][b][0]=1&f[a][b][1][c]=x";
    expect(serialiseQuery("f", value, { style: "deepObject", explode: true }).join("&")).toBe(want);
    expect(serialiseQuery("f", value, { style: "form", explode: true }).join("&")).toBe(want);
    expect(serialiseQuery("list", [1, 2], { style: "deepObject", explode: true })).toEqual([
      "list[0]=1",
      "list[1]=2",
    ]);
  });

  it("a delimiter inside a value is percent-encoded, the delimiter itself not (form)", () => {
    expect(serialiseQuery("q", ["a,b", "c"], { style: "form", explode: false })).toEqual([
      "q=a%2Cb,c",
    ]);
  });

  it("path values stay inside their segment", () => {
    expect(serialisePath("id", "a/b?c", { style: "simple", explode: false })).toBe("a%2Fb%3Fc");
    expect(serialisePath("id", 42, { style: "simple", explode: false })).toBe("42");
  });

  it("headers are simple and not percent-encoded; cookies are form", () => {
    expect(serialiseHeader(array, { style: "simple", explode: false })).toBe("blue,black,brown");
    expect(serialiseHeader(object, { style: "simple", explode: true })).toBe("R=100,G=200,B=150");
    expect(serialiseCookie("color", array, { style: "form", explode: false })).toEqual([
      "color=blue,black,brown",
    ]);
    expect(serialiseCookie("color", array, { style: "form", explode: true })).toEqual([
      "color=blue",
      "color=black",
      "color=brown",
    ]);
    expect(serialiseCookie("s", "a b;c", { style: "form", explode: true })).toEqual([
      "s=a%20b%3Bc",
    ]);
  });

  it("a query string: undeclared keys and scalars in brackets, declared styles as given", () => {
    const text = serialiseQueryString(
      { tags: ["a", "b"], filter: { x: 1 }, limit: 5, skip: undefined, none: null },
      { tags: { style: "form", explode: true } },
    );
    expect(text).toBe("tags=a&tags=b&filter[x]=1&limit=5&none=");
  });
});
