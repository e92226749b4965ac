// Generated from acme-inventory.yaml — do not edit.
/**
 * Parameter serialisation by `style` and `explode`, as the OpenAPI 3.1 "Style Examples" table
 * defines it (query: form, spaceDelimited, pipeDelimited, deepObject; path: simple, label, matrix;
 * header: simple; cookie: form). Where OpenAPI leaves a case undefined (nested objects or arrays
 * inside deepObject, or inside an array or object of another style), the bracket-and-index form of
 * `qs` is the rule: `a[b][0]=x`. Dates arrive already converted (see `dates.ts`).
 */
import { encodeComponent, encodeForm } from "./form.js";
function scalarText(value) {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
function shapeOf(value) {
  if (Array.isArray(value)) return { kind: "array", items: value.filter((v) => v !== undefined) };
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return { kind: "object", entries };
  }
  return { kind: "scalar", text: scalarText(value) };
}
function isNested(value) {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}
/** Array items and object values as `k,v` lists; nested values in bracket form. */
function flatTexts(shape, encode) {
  if (shape.kind === "scalar") return [encode(shape.text)];
  if (shape.kind === "array") return shape.items.map((v) => encode(scalarText(v)));
  return shape.entries.flatMap(([k, v]) => [encode(k), encode(scalarText(v))]);
}
const DELIMITER = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
};
/**
 * One query (or form-body) parameter as encoded `name=value` pairs, in order. `undefined` gives
 * none; `null` and `""` give `name=`.
 */
export function serialiseQuery(name, value, style) {
  if (value === undefined) return [];
  const key = encodeComponent(name);
  const shape = shapeOf(value);
  if (shape.kind === "scalar") return [`${key}=${encodeComponent(shape.text)}`];
  const nested =
    shape.kind === "array"
      ? shape.items.some(isNested)
      : shape.entries.some(([, v]) => isNested(v));
  if (style.style === "deepObject" || nested) {
    const text = encodeForm({ [name]: value });
    return text === "" ? [] : text.split("&");
  }
  if (style.explode) {
    return shape.kind === "array"
      ? shape.items.map((v) => `${key}=${encodeComponent(scalarText(v))}`)
      : shape.entries.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(scalarText(v))}`);
  }
  const delimiter = DELIMITER[style.style] ?? ",";
  return [`${key}=${flatTexts(shape, encodeComponent).join(delimiter)}`];
}
/**
 * Pairs of `params` by name, each with its style. Without one (a scalar parameter, a key the spec
 * does not declare, an array or object declared `deepObject`) the bracket form is used.
 */
export function serialiseQueryString(values, styles) {
  const pairs = [];
  for (const [name, value] of Object.entries(values)) {
    pairs.push(...serialiseQuery(name, value, styles?.[name] ?? BRACKETS));
  }
  return pairs.join("&");
}
export const FORM = { style: "form", explode: true };
export const BRACKETS = { style: "deepObject", explode: true };
export const SIMPLE = { style: "simple", explode: false };
function pathEncode(text) {
  return encodeURIComponent(text);
}
function simpleList(shape, explode, encode) {
  if (shape.kind === "object" && explode) {
    return shape.entries.map(([k, v]) => `${encode(k)}=${encode(scalarText(v))}`);
  }
  return flatTexts(shape, encode);
}
/** One path parameter, percent-encoded so it stays inside its segment: simple, label or matrix. */
export function serialisePath(name, value, style) {
  const shape = shapeOf(value);
  const { explode } = style;
  switch (style.style) {
    case "label": {
      const items = simpleList(shape, explode, pathEncode);
      return `.${items.join(explode ? "." : ",")}`;
    }
    case "matrix": {
      const key = pathEncode(name);
      if (shape.kind === "scalar")
        return shape.text === "" ? `;${key}` : `;${key}=${pathEncode(shape.text)}`;
      if (explode && shape.kind === "array") {
        return shape.items.map((v) => `;${key}=${pathEncode(scalarText(v))}`).join("");
      }
      if (explode)
        return simpleList(shape, true, pathEncode)
          .map((p) => `;${p}`)
          .join("");
      return `;${key}=${flatTexts(shape, pathEncode).join(",")}`;
    }
    default:
      return simpleList(shape, explode, pathEncode).join(",");
  }
}
/** A header parameter's value (style simple); header values are not percent-encoded. */
export function serialiseHeader(value, style) {
  return simpleList(shapeOf(value), style.explode, (s) => s).join(",");
}
/** One cookie parameter (style form) as `name=value` pairs for the `Cookie` header. */
export function serialiseCookie(name, value, style) {
  if (value === undefined) return [];
  const shape = shapeOf(value);
  const key = encodeComponent(name);
  if (shape.kind === "scalar") return [`${key}=${encodeComponent(shape.text)}`];
  if (!style.explode) return [`${key}=${flatTexts(shape, encodeComponent).join(",")}`];
  return shape.kind === "array"
    ? shape.items.map((v) => `${key}=${encodeComponent(scalarText(v))}`)
    : shape.entries.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(scalarText(v))}`);
}
