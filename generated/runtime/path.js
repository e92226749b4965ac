// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
import { RequestValidationError } from "./errors.js";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Checks the path arguments and returns them by name. Each must be a non-empty string; `.` and
 * `..` are rejected too: fetch parses URLs per WHATWG, which treats `.`/`..` segments — and their
 * percent-encoded forms `%2E`/`%2E%2E` as well — as dot segments and removes them, so no encoding
 * keeps them from changing the path (e.g. `/v1/customers/%2E%2E/sources` is sent as `/v1/sources`).
 */
export function pathValues(op, pathArgs) {
  const values = {};
  op.pathParams.forEach((name, i) => {
    const value = pathArgs[i];
    if (typeof value !== "string" || value === "") {
      throw new RequestValidationError(`${name}: must be a non-empty string`);
    }
    if (value === "." || value === "..") {
      throw new RequestValidationError(`${name}: "${value}" is not a valid path segment`);
    }
    if (LONE_SURROGATE.test(value)) {
      throw new RequestValidationError(`${name}: must be well-formed Unicode`);
    }
    values[name] = value;
  });
  return values;
}
/** Substitutes each `{name}` with its value, percent-encoded so it stays one path segment. */
export function buildPath(template, values) {
  return template.replace(/\{([^{}]+)\}/g, (match, name) => {
    const value = values[name];
    return value === undefined ? match : encodeURIComponent(value);
  });
}
