/** Is this an OpenAPI 3.0/3.1 document at all? */
import type { Reporter } from "./util.js";
import { isPlainObject } from "./util.js";

/** Returns false when the document cannot be checked further. */
export function checkVersion(document: unknown, reporter: Reporter): boolean {
  if (!isPlainObject(document)) {
    reporter.report("error", "not-openapi", "the document is not an object", "");
    return false;
  }
  if ("swagger" in document) {
    reporter.report(
      "error",
      "swagger-2",
      `this is a Swagger ${JSON.stringify(document.swagger)} document; only OpenAPI 3.0 and 3.1 are supported`,
      "/swagger",
    );
    return false;
  }
  if (!("openapi" in document)) {
    reporter.report(
      "error",
      "not-openapi",
      "not an OpenAPI document: the top-level `openapi` field is missing",
      "",
    );
    return false;
  }
  const version = document.openapi;
  if (typeof version !== "string") {
    reporter.report(
      "error",
      "unsupported-version",
      `\`openapi\` must be a version string such as "3.1.0", not the ${typeof version} ${JSON.stringify(version)}`,
      "/openapi",
      typeof version === "number"
        ? `Quote the version: openapi: "${version.toFixed(1)}.0"`
        : undefined,
    );
    return false;
  }
  if (!/^3\.[01]\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    reporter.report(
      "error",
      "unsupported-version",
      `OpenAPI version "${version}" is not supported (supported: 3.0.x and 3.1.x)`,
      "/openapi",
    );
    return false;
  }
  return true;
}
