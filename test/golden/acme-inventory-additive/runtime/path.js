// Generated from acme-inventory-additive.yaml — do not edit.
import { RequestValidationError } from "./errors.js";
import { SIMPLE, serialisePath } from "./serialise.js";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkSegment(name, value, styled) {
  if (typeof value === "number" || typeof value === "bigint") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new RequestValidationError(`${name}: must be a finite number`);
    }
    return;
  }
  // Arrays and objects only where the spec gives the parameter a style (label, matrix, …).
  if (typeof value === "boolean" || (styled && typeof value === "object" && value !== null)) return;
  if (typeof value !== "string" || value === "") {
    throw new RequestValidationError(`${name}: must be a non-empty string`);
  }
  if (value === "." || value === "..") {
    throw new RequestValidationError(`${name}: "${value}" is not a valid path segment`);
  }
  if (LONE_SURROGATE.test(value)) {
    throw new RequestValidationError(`${name}: must be well-formed Unicode`);
  }
}
/**
 * Checks the path arguments and returns them by name. A string must be non-empty; `.` and `..`
 * are rejected too: fetch parses URLs per WHATWG, which treats `.`/`..` segments — and their
 * percent-encoded forms `%2E`/`%2E%2E` as well — as dot segments and removes them, so no encoding
 * keeps them from changing the path (e.g. `/v1/customers/%2E%2E/sources` is sent as `/v1/sources`).
 * Numbers and booleans are kept as they are (the validator judges them as the spec types them);
 * arrays and objects are accepted where the spec gives the parameter a style.
 */
export function pathValues(op, pathArgs) {
  const values = {};
  op.pathParams.forEach((name, i) => {
    const value = pathArgs[i];
    checkSegment(name, value, op.styles?.[name] !== undefined);
    values[name] = value;
  });
  return values;
}
/**
 * Substitutes each `{name}` with its value serialised by the parameter's style (simple, label,
 * matrix), percent-encoded so it stays one path segment.
 */
export function buildPath(template, values, styles) {
  return template.replace(/\{([^{}]+)\}/g, (match, name) => {
    const value = values[name];
    return value === undefined ? match : serialisePath(name, value, styles?.[name] ?? SIMPLE);
  });
}
