// Generated from composition.yaml — do not edit.
import { RequestValidationError } from "./errors.js";
function segments(instancePath) {
  if (instancePath === "") return [];
  return instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describe(issue, path) {
  const where = path.join(".");
  const params = issue.params ?? {};
  let text;
  if (issue.keyword === "required" && typeof params.missingProperty === "string") {
    text = `missing required property "${params.missingProperty}"`;
  } else if (
    issue.keyword === "additionalProperties" &&
    typeof params.additionalProperty === "string"
  ) {
    text = `unknown property "${params.additionalProperty}"`;
  } else {
    text = issue.message ?? `failed ${issue.keyword}`;
  }
  return where === "" ? text : `${where}: ${text}`;
}
/**
 * `/owner/address/city` + "must be string" → `owner.address.city: must be string` (paths are
 * params paths: a body that is not merged is `body.…`). Distinct issues are joined with `; `.
 */
export function describeRequestIssues(issues) {
  const lines = issues.map((issue) => describe(issue, segments(issue.instancePath)));
  return [...new Set(lines)].join("; ") || "request validation failed";
}
/** Like `describeRequestIssues`, for a response body (paths from the body root). */
export function describeResponseIssues(issues) {
  const lines = issues.map((issue) => describe(issue, segments(issue.instancePath)));
  return [...new Set(lines)].join("; ") || "response validation failed";
}
/** Throws `RequestValidationError` when the operation's request validator rejects `params`. */
export function validateRequest(op, params) {
  const validate = op.validateRequest;
  if (!validate || validate(params)) return;
  const issues = validate.errors ?? [];
  throw new RequestValidationError(describeRequestIssues(issues), [...issues]);
}
/** The response validator for `status`: exact code, then `2XX`-style range, then `default`. */
export function responseValidator(op, status) {
  const table = op.validateResponse;
  if (!table) return undefined;
  const range = `${Math.floor(status / 100)}XX`;
  return table[String(status)] ?? table[range] ?? table[range.toLowerCase()] ?? table["default"];
}
