// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
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
 * `/body/owner/address/city` + "must be string" → `owner.address.city: must be string`. The part
 * (`body`, `query`, `path`, `header`) is dropped, except `body` when the body is not merged into
 * the params (the caller then passed it as `params.body`). Distinct issues are joined with `; `.
 */
export function describeRequestIssues(issues, bodyMerged) {
  const lines = issues.map((issue) => {
    const path = segments(issue.instancePath);
    const keepPart = path[0] === "body" && !bodyMerged;
    return describe(issue, keepPart ? path : path.slice(1));
  });
  return [...new Set(lines)].join("; ") || "request validation failed";
}
/** Like `describeRequestIssues`, for a response body (paths from the body root). */
export function describeResponseIssues(issues) {
  const lines = issues.map((issue) => describe(issue, segments(issue.instancePath)));
  return [...new Set(lines)].join("; ") || "response validation failed";
}
/** Throws `RequestValidationError` when the operation's request validator rejects `parts`. */
export function validateRequest(op, parts) {
  const validate = op.validateRequest;
  if (!validate || validate(parts)) return;
  const issues = validate.errors ?? [];
  throw new RequestValidationError(describeRequestIssues(issues, op.body?.merged ?? true), [
    ...issues,
  ]);
}
/** The response validator for `status`: exact code, then `2XX`-style range, then `default`. */
export function responseValidator(op, status) {
  const table = op.validateResponse;
  if (!table) return undefined;
  const range = `${Math.floor(status / 100)}XX`;
  return table[String(status)] ?? table[range] ?? table[range.toLowerCase()] ?? table["default"];
}
