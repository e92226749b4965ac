/**
 * The vendor extensions that shape the runtime, read in one place, each value checked: an unknown
 * key or an ill-typed value is a diagnostic at its file:line:col, never silently ignored.
 *
 * | extension | where | default when absent |
 * |---|---|---|
 * | `x-client-option` | security scheme, header parameter | scheme: its key in camelCase; header: in `params` |
 * | `x-idempotency-key: true` | header parameter | a header named `Idempotency-Key` is the key |
 * | `x-retries` (alias `x-speakeasy-retries`) | root, operation | `DEFAULT_RETRY` below |
 * | `x-timeout` | root | 60 000 ms |
 * | `x-request-id-header` | root | a declared response header `Request-Id`/`X-Request-Id`, else both are read |
 * | `x-errors` | root | neutral classes by status; fields inferred from the error schema |
 *
 * Other extensions (`x-resource`, `x-method-name`, `x-package-name`, `x-open-enum`) name things
 * and are read where the names are made (`operation.ts`, `build.ts`, `normalise-schema.ts`).
 */
import type { Diagnostic, SourcePosition } from "../diagnostics.js";
import { camelCase } from "./naming.js";
import { isObject, resolveRef, joinPointer, type JsonObject } from "./resolve.js";
import type {
  ErrorMapModel,
  RetryPolicyModel,
  RuntimeModel,
  SecuritySchemeModel,
} from "./types.js";
import { compareStrings } from "./common.js";

export interface ExtensionContext {
  readonly diagnostics: Diagnostic[];
  readonly locate: (pointer: string) => SourcePosition | undefined;
}

export const DEFAULT_RETRY: RetryPolicyModel = {
  statuses: [408, 409, 429, "5XX"],
  connectionErrors: true,
  timeouts: true,
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  exponent: 2,
};
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Error classes the runtime has: a spec naming one gets it, any other name is declared. */
export const RUNTIME_ERROR_CLASSES: readonly string[] = [
  "ApiError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "ConnectionError",
  "TimeoutError",
  "AbortError",
  "RequestValidationError",
  "ResponseValidationError",
];

/** Options every client has; a credential or header option may not take these names. */
export const GENERIC_OPTIONS: readonly string[] = [
  "baseUrl",
  "fetch",
  "maxRetries",
  "timeoutMs",
  "signal",
  "headers",
  "validateRequests",
  "validateResponses",
  "userAgent",
  "idempotencyKey",
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const STATUS_KEY = /^[1-5](\d\d|XX)$/;
const FIELD_PATH = /^[^.\s]+(\.[^.\s]+)*$/;

function report(ctx: ExtensionContext, pointer: string, message: string, hint?: string): void {
  const position = ctx.locate(pointer);
  ctx.diagnostics.push({
    code: "invalid-extension",
    severity: "error",
    message,
    pointer,
    ...(position ? { position } : {}),
    ...(hint ? { hint } : {}),
  });
}

/** `x-retries.backoff.maxInterval` for a pointer ending in it (segments from the extension on). */
function labelOf(pointer: string): string {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const start = segments.findIndex((s) => s.startsWith("x-"));
  return segments.slice(start === -1 ? 0 : start).join(".");
}

function unknownKeys(
  value: JsonObject,
  known: readonly string[],
  pointer: string,
  ctx: ExtensionContext,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      report(
        ctx,
        joinPointer(pointer, key),
        `unknown key "${key}" in ${labelOf(pointer)}`,
        `Known keys: ${known.join(", ")}.`,
      );
    }
  }
}

// ---------------------------------------------------------------- security schemes

function sendAs(s: JsonObject): SecuritySchemeModel["sendAs"] {
  const scheme = typeof s["scheme"] === "string" ? s["scheme"].toLowerCase() : "";
  switch (s["type"]) {
    case "apiKey":
      return ["header", "query", "cookie"].includes(String(s["in"])) ? "apiKey" : undefined;
    case "http":
      return scheme === "bearer" ? "bearer" : scheme === "basic" ? "basic" : undefined;
    case "oauth2":
    case "openIdConnect":
      return "bearer";
    default:
      return undefined;
  }
}

function clientOption(value: unknown, pointer: string, ctx: ExtensionContext): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !IDENTIFIER.test(value)) {
    report(ctx, pointer, "x-client-option must be a JavaScript identifier", 'e.g. "apiKey".');
    return undefined;
  }
  if (GENERIC_OPTIONS.includes(value) && value !== "idempotencyKey") {
    report(
      ctx,
      pointer,
      `x-client-option "${value}" is a generic client option`,
      "Choose another name.",
    );
    return undefined;
  }
  return value;
}

export function readSecuritySchemes(
  document: JsonObject,
  ctx: ExtensionContext,
): SecuritySchemeModel[] {
  const components = isObject(document["components"]) ? document["components"] : {};
  const schemes = isObject(components["securitySchemes"]) ? components["securitySchemes"] : {};
  return Object.keys(schemes)
    .sort(compareStrings)
    .flatMap((name) => {
      const pointer = joinPointer("", "components", "securitySchemes", name);
      const s = resolveRef(document, schemes[name], pointer).value;
      if (!isObject(s)) return [];
      const str = (k: string): string | undefined =>
        typeof s[k] === "string" ? (s[k] as string) : undefined;
      const option =
        clientOption(s["x-client-option"], joinPointer(pointer, "x-client-option"), ctx) ??
        camelCase(name, "credential");
      const how = sendAs(s);
      return [
        {
          name,
          type: str("type") ?? "unknown",
          option,
          ...(str("scheme") ? { scheme: str("scheme")! } : {}),
          ...(str("in") ? { in: str("in")! } : {}),
          ...(str("name") ? { paramName: str("name")! } : {}),
          ...(str("description") ? { description: str("description")! } : {}),
          ...(how ? { sendAs: how } : {}),
        },
      ];
    });
}

/** Security requirement alternatives (`[{ a: [], b: [] }, {}]` → `[["a", "b"], []]`). */
export function readSecurity(
  value: unknown,
  pointer: string,
  schemes: readonly SecuritySchemeModel[],
  ctx: ExtensionContext,
): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement, i) => {
    if (!isObject(requirement)) return [];
    return Object.keys(requirement).filter((name) => {
      const scheme = schemes.find((s) => s.name === name);
      if (scheme?.sendAs) return true;
      report(
        ctx,
        joinPointer(pointer, i, name),
        scheme
          ? `security scheme "${name}" (${scheme.type}) cannot be sent by the client`
          : `security requirement names an undeclared scheme "${name}"`,
        "Use an http bearer/basic, apiKey, oauth2 or openIdConnect scheme of components.securitySchemes.",
      );
      return false;
    });
  });
}

// ---------------------------------------------------------------- idempotency

export function isIdempotencyHeader(
  param: JsonObject,
  pointer: string,
  ctx: ExtensionContext,
): boolean {
  const mark = param["x-idempotency-key"];
  if (mark !== undefined && typeof mark !== "boolean") {
    report(
      ctx,
      joinPointer(pointer, "x-idempotency-key"),
      "x-idempotency-key must be true or false",
    );
  }
  if (param["in"] !== "header") {
    if (mark === true) {
      report(
        ctx,
        joinPointer(pointer, "x-idempotency-key"),
        "x-idempotency-key marks a header parameter only",
      );
    }
    return false;
  }
  if (typeof mark === "boolean") return mark;
  return typeof param["name"] === "string" && param["name"].toLowerCase() === "idempotency-key";
}

export { clientOption as readClientOption };

// ---------------------------------------------------------------- retries

const RETRY_KEYS = [
  "strategy",
  "backoff",
  "statusCodes",
  "retryConnectionErrors",
  "retryTimeouts",
  "maxRetries",
  "shouldRetryHeader",
];
const BACKOFF_KEYS = ["initialInterval", "maxInterval", "exponent", "maxElapsedTime"];

function nonNegativeNumber(
  value: unknown,
  pointer: string,
  ctx: ExtensionContext,
  integer = true,
): number | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= 0 &&
    (!integer || Number.isInteger(value))
  ) {
    return value;
  }
  report(
    ctx,
    pointer,
    `${labelOf(pointer)} must be a non-negative ${integer ? "integer" : "number"}`,
  );
  return undefined;
}

function boolean(value: unknown, pointer: string, ctx: ExtensionContext): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  report(ctx, pointer, `${labelOf(pointer)} must be true or false`);
  return undefined;
}

function statusList(
  value: unknown,
  pointer: string,
  ctx: ExtensionContext,
): (number | string)[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    report(ctx, pointer, "statusCodes must be a list of statuses (409) and ranges (5XX)");
    return undefined;
  }
  return value.flatMap((s, i) => {
    const text = String(s).toUpperCase();
    if ((typeof s === "number" || typeof s === "string") && STATUS_KEY.test(text)) {
      return [/^\d+$/.test(text) ? Number(text) : text];
    }
    report(
      ctx,
      joinPointer(pointer, i),
      `${labelOf(pointer)}: "${String(s)}" is not a status (409) or range (5XX)`,
    );
    return [];
  });
}

/** The backoff fields, merged over `base`. */
function backoff(
  value: unknown,
  pointer: string,
  base: RetryPolicyModel,
  ctx: ExtensionContext,
): Partial<RetryPolicyModel> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    report(ctx, pointer, "backoff must be an object { initialInterval, maxInterval, exponent }");
    return {};
  }
  unknownKeys(value, BACKOFF_KEYS, pointer, ctx);
  const initialDelayMs = nonNegativeNumber(
    value["initialInterval"],
    joinPointer(pointer, "initialInterval"),
    ctx,
  );
  const maxDelayMs = nonNegativeNumber(
    value["maxInterval"],
    joinPointer(pointer, "maxInterval"),
    ctx,
  );
  const exponent = nonNegativeNumber(
    value["exponent"],
    joinPointer(pointer, "exponent"),
    ctx,
    false,
  );
  nonNegativeNumber(value["maxElapsedTime"], joinPointer(pointer, "maxElapsedTime"), ctx);
  const out = {
    ...(initialDelayMs !== undefined ? { initialDelayMs } : {}),
    ...(maxDelayMs !== undefined ? { maxDelayMs } : {}),
    ...(exponent !== undefined ? { exponent } : {}),
  };
  if ((out.maxDelayMs ?? base.maxDelayMs) < (out.initialDelayMs ?? base.initialDelayMs)) {
    report(ctx, pointer, "backoff.maxInterval is below backoff.initialInterval");
  }
  return out;
}

/**
 * `x-retries` (else `x-speakeasy-retries`) of `holder`, merged over `base`; undefined when the
 * holder declares neither.
 */
export function readRetryPolicy(
  holder: JsonObject,
  pointer: string,
  base: RetryPolicyModel,
  ctx: ExtensionContext,
): RetryPolicyModel | undefined {
  const key =
    "x-retries" in holder
      ? "x-retries"
      : "x-speakeasy-retries" in holder
        ? "x-speakeasy-retries"
        : undefined;
  if (key === undefined) return undefined;
  const at = joinPointer(pointer, key);
  const value = holder[key];
  if (!isObject(value)) {
    report(ctx, at, `${key} must be an object`, 'See README, "Retries".');
    return undefined;
  }
  unknownKeys(value, RETRY_KEYS, at, ctx);
  const strategy = value["strategy"];
  if (strategy !== undefined && strategy !== "backoff" && strategy !== "none") {
    report(ctx, joinPointer(at, "strategy"), 'strategy must be "backoff" or "none"');
  }
  const statuses = statusList(value["statusCodes"], joinPointer(at, "statusCodes"), ctx);
  const connectionErrors = boolean(
    value["retryConnectionErrors"],
    joinPointer(at, "retryConnectionErrors"),
    ctx,
  );
  const timeouts = boolean(value["retryTimeouts"], joinPointer(at, "retryTimeouts"), ctx);
  const maxRetries = nonNegativeNumber(value["maxRetries"], joinPointer(at, "maxRetries"), ctx);
  const header = value["shouldRetryHeader"];
  if (
    header !== undefined &&
    (typeof header !== "string" || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header))
  ) {
    report(ctx, joinPointer(at, "shouldRetryHeader"), "shouldRetryHeader must be a header name");
  }
  const policy: RetryPolicyModel = {
    ...base,
    ...(statuses ? { statuses } : {}),
    ...(connectionErrors !== undefined ? { connectionErrors, timeouts: connectionErrors } : {}),
    ...(timeouts !== undefined ? { timeouts } : {}),
    ...(maxRetries !== undefined ? { maxRetries } : {}),
    ...backoff(value["backoff"], joinPointer(at, "backoff"), base, ctx),
    ...(typeof header === "string" ? { shouldRetryHeader: header } : {}),
  };
  return strategy === "none" ? { ...policy, maxRetries: 0 } : policy;
}

// ---------------------------------------------------------------- errors

const ERROR_KEYS = [
  "baseClass",
  "typeField",
  "messageField",
  "codeField",
  "paramField",
  "fields",
  "byType",
  "byStatus",
  "byStatusFirst",
];

function fieldPath(value: unknown, pointer: string, ctx: ExtensionContext): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && FIELD_PATH.test(value)) return value;
  report(
    ctx,
    pointer,
    `${labelOf(pointer)} must be a dotted path into the error body, e.g. error.type`,
  );
  return undefined;
}

function classTable(
  value: unknown,
  pointer: string,
  statusKeys: boolean,
  ctx: ExtensionContext,
): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    report(ctx, pointer, "must be a map of values to class names");
    return {};
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(value).sort(compareStrings)) {
    const name = value[key];
    const at = joinPointer(pointer, key);
    if (statusKeys && !STATUS_KEY.test(key.toUpperCase())) {
      report(ctx, at, `${labelOf(pointer)}: "${key}" is not a status (404) or range (5XX)`);
    } else if (typeof name !== "string" || !IDENTIFIER.test(name)) {
      report(
        ctx,
        at,
        `${labelOf(at)}: the class name must be a JavaScript identifier`,
        'e.g. "CardError".',
      );
    } else out[statusKeys ? key.toUpperCase() : key] = name;
  }
  return out;
}

function fieldTable(
  value: unknown,
  pointer: string,
  ctx: ExtensionContext,
): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) {
    report(ctx, pointer, "fields must map property names to dotted paths");
    return {};
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(value).sort(compareStrings)) {
    const at = joinPointer(pointer, key);
    const path = fieldPath(value[key], at, ctx);
    if (!IDENTIFIER.test(key)) report(ctx, at, "the property name must be a JavaScript identifier");
    else if (path !== undefined) out[key] = path;
  }
  return out;
}

/** `x-errors` at the root; message/code/param paths default to what the error schema has. */
export function readErrorMap(
  document: JsonObject,
  inferred: Partial<Pick<ErrorMapModel, "messageField" | "codeField" | "paramField">>,
  ctx: ExtensionContext,
): ErrorMapModel {
  const at = "/x-errors";
  const value = document["x-errors"];
  const empty: ErrorMapModel = {
    fields: {},
    byType: {},
    byStatus: {},
    byStatusFirst: {},
    ...inferred,
  };
  if (value === undefined) return empty;
  if (!isObject(value)) {
    report(ctx, at, "x-errors must be an object", 'See README, "Errors".');
    return empty;
  }
  unknownKeys(value, ERROR_KEYS, at, ctx);
  const base = value["baseClass"];
  if (
    base !== undefined &&
    (typeof base !== "string" || !IDENTIFIER.test(base) || RUNTIME_ERROR_CLASSES.includes(base))
  ) {
    report(
      ctx,
      joinPointer(at, "baseClass"),
      "baseClass must be an identifier that names no runtime class",
    );
  }
  const path = (key: string): string | undefined =>
    fieldPath(value[key], joinPointer(at, key), ctx);
  const messageField = path("messageField") ?? inferred.messageField;
  const codeField = path("codeField") ?? inferred.codeField;
  const paramField = path("paramField") ?? inferred.paramField;
  const typeField = path("typeField");
  const map: ErrorMapModel = {
    ...(typeof base === "string" && IDENTIFIER.test(base) && !RUNTIME_ERROR_CLASSES.includes(base)
      ? { baseClass: base }
      : {}),
    ...(typeField ? { typeField } : {}),
    ...(messageField ? { messageField } : {}),
    ...(codeField ? { codeField } : {}),
    ...(paramField ? { paramField } : {}),
    fields: fieldTable(value["fields"], joinPointer(at, "fields"), ctx),
    byType: classTable(value["byType"], joinPointer(at, "byType"), false, ctx),
    byStatus: classTable(value["byStatus"], joinPointer(at, "byStatus"), true, ctx),
    byStatusFirst: classTable(value["byStatusFirst"], joinPointer(at, "byStatusFirst"), true, ctx),
  };
  if (Object.keys(map.byType).length > 0 && map.typeField === undefined) {
    report(
      ctx,
      joinPointer(at, "byType"),
      "byType needs typeField (where the type is in the body)",
    );
  }
  return map;
}

/** Every class name `x-errors` mentions (unchecked: for reserving export names early). */
export function declaredErrorNames(document: JsonObject): string[] {
  const value = document["x-errors"];
  if (!isObject(value)) return [];
  const names = [value["baseClass"]];
  for (const key of ["byType", "byStatus", "byStatusFirst"]) {
    const table = value[key];
    if (isObject(table)) names.push(...Object.values(table));
  }
  return names.filter((n): n is string => typeof n === "string");
}

// ---------------------------------------------------------------- root scalars

export function readTimeout(document: JsonObject, ctx: ExtensionContext): number {
  const value = document["x-timeout"];
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  report(
    ctx,
    "/x-timeout",
    "x-timeout must be a positive integer (milliseconds)",
    "e.g. x-timeout: 80000",
  );
  return DEFAULT_TIMEOUT_MS;
}

export function readRequestIdHeader(
  document: JsonObject,
  declared: string | undefined,
  ctx: ExtensionContext,
): string | undefined {
  const value = document["x-request-id-header"];
  if (value === undefined) return declared;
  if (typeof value === "string" && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value)) return value;
  report(
    ctx,
    "/x-request-id-header",
    "x-request-id-header must be a header name",
    "e.g. X-Request-Id",
  );
  return declared;
}

export function readRuntime(
  document: JsonObject,
  inferred: {
    readonly errorFields: Partial<Pick<ErrorMapModel, "messageField" | "codeField" | "paramField">>;
    readonly requestIdHeader: string | undefined;
  },
  retry: RetryPolicyModel,
  ctx: ExtensionContext,
): RuntimeModel {
  const requestIdHeader = readRequestIdHeader(document, inferred.requestIdHeader, ctx);
  return {
    retry,
    errors: readErrorMap(document, inferred.errorFields, ctx),
    timeoutMs: readTimeout(document, ctx),
    ...(requestIdHeader ? { requestIdHeader } : {}),
  };
}
