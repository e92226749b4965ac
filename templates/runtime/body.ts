/** Encodes the request body as the descriptor's media type says. */
import type { OperationDescriptor } from "./descriptor.js";
import { serialiseQueryString } from "./serialise.js";

export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** Undefined when there is no body, and for multipart (fetch sets the boundary itself). */
  readonly contentType: string | undefined;
}

const NONE: EncodedBody = { body: undefined, contentType: undefined };

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0
  );
}

export function encodeBody(spec: OperationDescriptor["body"], value: unknown): EncodedBody {
  if (!spec || value === undefined) return NONE;
  switch (spec.encoding) {
    case "form": {
      const text =
        typeof value === "object" && value !== null
          ? serialiseQueryString(value as Record<string, unknown>, spec.styles)
          : "";
      return text === "" ? NONE : { body: text, contentType: spec.mediaType };
    }
    case "json":
      if (!spec.required && isEmptyObject(value)) return NONE;
      return { body: JSON.stringify(value), contentType: spec.mediaType };
    case "multipart":
      return { body: toFormData(value), contentType: undefined };
    default:
      return { body: value as BodyInit, contentType: spec.mediaType };
  }
}

/**
 * A FormData as is; an object flattened with bracketed keys (`file`, `purpose`, `a[b]`). Dates
 * arrive converted (see `dates.ts`).
 */
function toFormData(value: unknown): FormData {
  if (value instanceof FormData) return value;
  const data = new FormData();
  const add = (key: string, v: unknown): void => {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") return;
    if (v instanceof Blob) data.append(key, v);
    else if (typeof v === "object" && v !== null) {
      for (const [k, child] of Object.entries(v)) add(key === "" ? k : `${key}[${k}]`, child);
    } else data.append(key, v === null ? "" : String(v));
  };
  add("", value);
  return data;
}
