// Generated from acme-inventory.yaml — do not edit.
import { serialiseQueryString } from "./serialise.js";
const NONE = { body: undefined, contentType: undefined };
function isEmptyObject(value) {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0
  );
}
export function encodeBody(spec, value) {
  if (!spec || value === undefined) return NONE;
  switch (spec.encoding) {
    case "form": {
      const text =
        typeof value === "object" && value !== null ? serialiseQueryString(value, spec.styles) : "";
      return text === "" ? NONE : { body: text, contentType: spec.mediaType };
    }
    case "json":
      if (!spec.required && isEmptyObject(value)) return NONE;
      return { body: JSON.stringify(value), contentType: spec.mediaType };
    case "multipart":
      return { body: toFormData(value), contentType: undefined };
    default:
      return { body: value, contentType: spec.mediaType };
  }
}
/**
 * A FormData as is; an object flattened with bracketed keys (`file`, `purpose`, `a[b]`). Dates
 * arrive converted (see `dates.ts`).
 */
function toFormData(value) {
  if (value instanceof FormData) return value;
  const data = new FormData();
  const add = (key, v) => {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") return;
    if (v instanceof Blob) data.append(key, v);
    else if (typeof v === "object" && v !== null) {
      for (const [k, child] of Object.entries(v)) add(key === "" ? k : `${key}[${k}]`, child);
    } else data.append(key, v === null ? "" : String(v));
  };
  add("", value);
  return data;
}
