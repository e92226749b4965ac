/** One operation of the document → one `OperationModel`. */
import type { Diagnostic, SourcePosition } from "../diagnostics.js";
import { compareStrings, serverUrls } from "./common.js";
import { NameRegistry, memberName, deriveOperationId, pascalCase, statusSuffix } from "./naming.js";
import { normaliseSchema } from "./normalise-schema.js";
import {
  isIdempotencyHeader,
  readClientOption,
  readRetryPolicy,
  readSecurity,
} from "./extensions.js";
import { unixTimePaths } from "./runtime-inference.js";
import { paramsCollisions } from "./params-collisions.js";
import { getAtPointer, isObject, joinPointer, resolveRef, type JsonObject } from "./resolve.js";
import type {
  ExampleModel,
  HttpMethod,
  JsonSchema,
  OperationModel,
  ParameterLocation,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  RetryPolicyModel,
  SecuritySchemeModel,
} from "./types.js";

const HTTP_METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

export interface RawOperation {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  readonly pointer: string;
  readonly pathItemPointer: string;
}

export interface BuildContext {
  readonly document: JsonObject;
  readonly normalisedDocument: JsonObject;
  readonly dialect: "3.0" | "3.1";
  readonly defaultServers: readonly string[];
  readonly typeNames: NameRegistry;
  readonly validatorNames: NameRegistry;
  readonly diagnostics: Diagnostic[];
  readonly locate: (pointer: string) => SourcePosition | undefined;
  readonly file: string;
  readonly securitySchemes: readonly SecuritySchemeModel[];
  /** The root `security`, read once. */
  readonly rootSecurity: readonly (readonly string[])[];
  /** The root retry policy (declared or default). */
  readonly retry: RetryPolicyModel;
}

/** Every operation under `paths`, sorted by path then method (independent of key order). */
export function collectRawOperations(document: JsonObject): RawOperation[] {
  const paths = isObject(document["paths"]) ? document["paths"] : {};
  const result: RawOperation[] = [];
  for (const path of Object.keys(paths).sort(compareStrings)) {
    const itemPointer = joinPointer("", "paths", path);
    const resolved = resolveRef(document, paths[path], itemPointer);
    if (!isObject(resolved.value)) continue;
    const pathItem = resolved.value;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      result.push({
        path,
        method,
        pathItem,
        operation,
        pointer: joinPointer(resolved.pointer, method),
        pathItemPointer: resolved.pointer,
      });
    }
  }
  return result;
}

export function buildOperation(raw: RawOperation, ctx: BuildContext): OperationModel {
  const op = raw.operation;
  const explicitId =
    typeof op["operationId"] === "string" && op["operationId"] !== ""
      ? op["operationId"]
      : undefined;
  const operationId = explicitId ?? deriveOperationId(raw.method, raw.path);
  const typeName = ctx.typeNames.claim(pascalCase(operationId, "Operation"), (n) => [
    `${n}Params`,
    `${n}Response`,
    `${n}Error`,
  ]);
  const tags = Array.isArray(op["tags"])
    ? op["tags"].filter((t): t is string => typeof t === "string")
    : [];
  const resource = typeof op["x-resource"] === "string" ? op["x-resource"] : tags[0];
  const group = memberName(resource ?? "default", "default");
  const methodName =
    typeof op["x-method-name"] === "string"
      ? memberName(op["x-method-name"], raw.method)
      : memberName(operationId, raw.method);

  const parameters = collectParameters(raw, ctx);
  const byLocation = (location: ParameterLocation): ParameterModel[] =>
    parameters.filter((p) => p.in === location);
  const pathParams = orderPathParams(raw.path, byLocation("path"));
  const queryParams = byLocation("query");
  const headerParams = byLocation("header");
  const cookieParams = byLocation("cookie");
  const requestBody = buildRequestBody(raw, ctx);
  // The request validator checks the method's params (model/params-schema.ts); every method
  // takes params (possibly none), so every operation has one.
  const requestValidatorName = ctx.validatorNames.claim(`validate${typeName}Request`);
  const responses = buildResponses(raw, ctx, typeName);
  const servers = serverUrls(op["servers"]);
  const pathServers = serverUrls(raw.pathItem["servers"]);
  const security =
    readSecurity(op["security"], joinPointer(raw.pointer, "security"), ctx.securitySchemes, ctx) ??
    ctx.rootSecurity;
  const retry = readRetryPolicy(op, raw.pointer, ctx.retry, ctx);

  ctx.diagnostics.push(
    ...paramsCollisions({
      params: [
        ...queryParams,
        ...headerParams.filter((p) => p.clientOption === undefined),
        ...cookieParams,
      ],
      bodyKeys: requestBody
        ? requestBody.merged
          ? propertyNames(ctx.normalisedDocument, requestBody.schema)
          : ["body"]
        : [],
      label: `${raw.method.toUpperCase()} ${raw.path}`,
      locate: ctx.locate,
    }),
  );
  return {
    operationId,
    typeName,
    group,
    methodName,
    method: raw.method,
    path: raw.path,
    ...optionalString("summary", op["summary"]),
    ...optionalString("description", op["description"]),
    deprecated: op["deprecated"] === true,
    tags,
    pathParams,
    queryParams,
    headerParams,
    cookieParams,
    ...(requestBody ? { requestBody } : {}),
    responses,
    servers:
      servers.length > 0 ? servers : pathServers.length > 0 ? pathServers : ctx.defaultServers,
    requestExamples: requestBody ? requestExamples(raw, ctx) : [],
    ...(requestValidatorName ? { requestValidatorName } : {}),
    security,
    ...(retry ? { retry } : {}),
    unixTime: unixTimes(ctx, queryParams, requestBody),
    pointer: raw.pointer,
  };
}

/** Where a Date in `params` is sent as unix seconds: query parameters, then body properties. */
function unixTimes(
  ctx: BuildContext,
  queryParams: readonly ParameterModel[],
  body: RequestBodyModel | undefined,
): string[] {
  const doc = ctx.normalisedDocument;
  const paths = queryParams.flatMap((p) => unixTimePaths(doc, p.schema, [p.name]));
  if (body) paths.push(...unixTimePaths(doc, body.schema, body.merged ? [] : ["body"]));
  if (body && !body.merged && isObject(body.schema) && body.schema["format"] === "unix-time") {
    paths.push("body");
  }
  return [...new Set(paths)].sort(compareStrings);
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === "string" && value !== ""
    ? ({ [key]: value } as { [P in K]: string })
    : {};
}

/** Path-level parameters overridden by operation-level ones with the same name and location. */
function collectParameters(raw: RawOperation, ctx: BuildContext): ParameterModel[] {
  const merged = new Map<string, ParameterModel>();
  const sources: [unknown, string][] = [
    [raw.pathItem["parameters"], joinPointer(raw.pathItemPointer, "parameters")],
    [raw.operation["parameters"], joinPointer(raw.pointer, "parameters")],
  ];
  for (const [list, listPointer] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const param = buildParameter(entry, joinPointer(listPointer, index), ctx);
      if (param) merged.set(`${param.in}:${param.name}`, param);
    });
  }
  return [...merged.values()];
}

function buildParameter(
  entry: unknown,
  pointer: string,
  ctx: BuildContext,
): ParameterModel | undefined {
  const resolved = resolveRef(ctx.document, entry, pointer);
  const p = resolved.value;
  if (!isObject(p) || typeof p["name"] !== "string" || typeof p["in"] !== "string")
    return undefined;
  const location = p["in"] as ParameterLocation;
  if (!["path", "query", "header", "cookie"].includes(location)) return undefined;
  const defaultStyle = location === "query" || location === "cookie" ? "form" : "simple";
  const style = typeof p["style"] === "string" ? p["style"] : defaultStyle;
  const key = p["x-param-name"];
  return {
    name: p["name"],
    key: typeof key === "string" && key !== "" ? key : p["name"],
    in: location,
    required: location === "path" || p["required"] === true,
    schema: parameterSchema(p, ctx),
    style,
    explode: typeof p["explode"] === "boolean" ? p["explode"] : style === "form",
    ...optionalString("description", p["description"]),
    deprecated: p["deprecated"] === true,
    ...clientOptionOf(p, resolved.pointer, ctx),
    pointer: resolved.pointer,
  };
}

/** `x-client-option`; the idempotency header is the `idempotencyKey` option whatever it says. */
function clientOptionOf(
  p: JsonObject,
  pointer: string,
  ctx: BuildContext,
): { clientOption?: string; idempotencyKey?: true } {
  if (isIdempotencyHeader(p, pointer, ctx)) {
    return { clientOption: "idempotencyKey", idempotencyKey: true };
  }
  const option = readClientOption(
    p["x-client-option"],
    joinPointer(pointer, "x-client-option"),
    ctx,
  );
  if (option === "idempotencyKey" && p["in"] === "header") {
    return { clientOption: option, idempotencyKey: true };
  }
  return option === undefined ? {} : { clientOption: option };
}

function parameterSchema(p: JsonObject, ctx: BuildContext): JsonSchema {
  if ("schema" in p) return normaliseSchema(p["schema"], ctx.dialect);
  if (isObject(p["content"])) {
    const first = Object.values(p["content"])[0];
    if (isObject(first) && "schema" in first) return normaliseSchema(first["schema"], ctx.dialect);
  }
  return {};
}

function orderPathParams(path: string, params: readonly ParameterModel[]): ParameterModel[] {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
  return names.flatMap((name) => params.filter((p) => p.name === name));
}

/** Media types the client can send, best first. */
function mediaTypeRank(mediaType: string): number {
  const mt = mediaType.toLowerCase().split(";")[0]?.trim() ?? "";
  if (mt === "application/x-www-form-urlencoded") return 0;
  if (mt === "application/json" || mt.endsWith("+json")) return 1;
  if (mt === "multipart/form-data") return 2;
  if (mt.startsWith("text/")) return 4;
  return 3;
}

export function bodyEncodingOf(
  mediaType: string,
): "form" | "json" | "multipart" | "binary" | "text" {
  switch (mediaTypeRank(mediaType)) {
    case 0:
      return "form";
    case 1:
      return "json";
    case 2:
      return "multipart";
    case 4:
      return "text";
    default:
      return "binary";
  }
}

/**
 * What the client puts on the wire for a request body: its media type (the `Content-Type`) and
 * encoding. A wildcard media type (`*\/*`, `application/*`; Swagger 2 conversions use `*\/*`
 * everywhere) is not a Content-Type: the body is sent as JSON, or as raw bytes
 * (`application/octet-stream`) when the schema is a binary string or says nothing.
 */
export function wireBody(body: Pick<RequestBodyModel, "mediaType" | "schema">): {
  readonly mediaType: string;
  readonly encoding: ReturnType<typeof bodyEncodingOf>;
} {
  const mt = body.mediaType.toLowerCase().split(";")[0]?.trim() ?? "";
  if (!mt.endsWith("/*")) return { mediaType: body.mediaType, encoding: bodyEncodingOf(mt) };
  const schema = body.schema;
  const binary =
    schema === true ||
    (isObject(schema) &&
      (Object.keys(schema).length === 0 ||
        (schema["type"] === "string" && schema["format"] === "binary")));
  return binary
    ? { mediaType: "application/octet-stream", encoding: "binary" }
    : { mediaType: "application/json", encoding: "json" };
}

function buildRequestBody(raw: RawOperation, ctx: BuildContext): RequestBodyModel | undefined {
  const pointer = joinPointer(raw.pointer, "requestBody");
  const resolved = resolveRef(ctx.document, raw.operation["requestBody"], pointer);
  const body = resolved.value;
  if (!isObject(body) || !isObject(body["content"])) return undefined;
  const mediaTypes = Object.keys(body["content"]);
  const mediaType = [...mediaTypes].sort((a, b) => mediaTypeRank(a) - mediaTypeRank(b))[0];
  if (mediaType === undefined) return undefined;
  const media = body["content"][mediaType];
  const mediaObject = isObject(media) ? media : {};
  const schema = "schema" in mediaObject ? normaliseSchema(mediaObject["schema"], ctx.dialect) : {};
  const encoding = wireBody({ mediaType, schema }).encoding;
  const merged =
    (encoding === "form" || encoding === "json" || encoding === "multipart") &&
    isObjectSchema(ctx.normalisedDocument, schema);
  return {
    mediaType,
    mediaTypes,
    required: body["required"] === true,
    schema,
    encoding: encodingOf(mediaObject["encoding"]),
    merged,
    ...optionalString("description", body["description"]),
    pointer: resolved.pointer,
  };
}

function encodingOf(value: unknown): RequestBodyModel["encoding"] {
  if (!isObject(value)) return {};
  const out: Record<string, RequestBodyModel["encoding"][string]> = {};
  for (const key of Object.keys(value).sort(compareStrings)) {
    const e = value[key];
    if (!isObject(e)) continue;
    out[key] = {
      ...(typeof e["style"] === "string" ? { style: e["style"] } : {}),
      ...(typeof e["explode"] === "boolean" ? { explode: e["explode"] } : {}),
      ...(typeof e["contentType"] === "string" ? { contentType: e["contentType"] } : {}),
    };
  }
  return out;
}

/** True when the schema (through `$ref`s and `allOf`) describes objects only. */
function isObjectSchema(document: JsonObject, schema: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  const s = resolveRef(document, schema, "").value;
  if (!isObject(s)) return false;
  const type = s["type"];
  if (type === "object") return true;
  if (Array.isArray(type)) return type.length > 0 && type.every((t) => t === "object");
  if (type !== undefined) return false;
  if (isObject(s["properties"])) return true;
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const list = s[key];
    if (
      Array.isArray(list) &&
      list.length > 0 &&
      list.every((sub) => isObjectSchema(document, sub, depth + 1))
    ) {
      return true;
    }
  }
  return false;
}

/** Property names a body schema declares (through `$ref`s and composition), for collision checks. */
function propertyNames(document: JsonObject, schema: unknown, depth = 0): string[] {
  if (depth > 20) return [];
  const s = resolveRef(document, schema, "").value;
  if (!isObject(s)) return [];
  const own = isObject(s["properties"]) ? Object.keys(s["properties"]) : [];
  const nested = ["allOf", "oneOf", "anyOf"].flatMap((key) => {
    const list = s[key];
    return Array.isArray(list)
      ? list.flatMap((sub) => propertyNames(document, sub, depth + 1))
      : [];
  });
  return [...own, ...nested];
}

function statusOrder(status: string): [number, string] {
  if (/^\d{3}$/.test(status)) return [0, status];
  if (/^\dXX$/i.test(status)) return [1, status.toUpperCase()];
  return [2, status];
}

function buildResponses(raw: RawOperation, ctx: BuildContext, typeName: string): ResponseModel[] {
  const responses = isObject(raw.operation["responses"]) ? raw.operation["responses"] : {};
  const statuses = Object.keys(responses).sort((a, b) => {
    const [ra, ka] = statusOrder(a);
    const [rb, kb] = statusOrder(b);
    return ra - rb || compareStrings(ka, kb);
  });
  return statuses.map((status) => {
    const pointer = joinPointer(raw.pointer, "responses", status);
    const resolved = resolveRef(ctx.document, responses[status], pointer);
    const r = isObject(resolved.value) ? resolved.value : {};
    const content = isObject(r["content"]) ? r["content"] : {};
    const mediaTypes = Object.keys(content);
    const mediaType = mediaTypes.find((mt) => bodyEncodingOf(mt) === "json") ?? mediaTypes[0];
    const media =
      mediaType !== undefined && isObject(content[mediaType])
        ? (content[mediaType] as JsonObject)
        : undefined;
    const hasSchema = media !== undefined && "schema" in media;
    const schema = hasSchema ? normaliseSchema(media["schema"], ctx.dialect) : undefined;
    const validatorName =
      schema !== undefined
        ? ctx.validatorNames.claim(`validate${typeName}Response${statusSuffix(status)}`)
        : undefined;
    return {
      status,
      description: typeof r["description"] === "string" ? r["description"] : "",
      ...(mediaType !== undefined ? { mediaType } : {}),
      ...(schema !== undefined ? { schema } : {}),
      ...(validatorName ? { validatorName } : {}),
      pointer: resolved.pointer,
    };
  });
}

function requestExamples(raw: RawOperation, ctx: BuildContext): ExampleModel[] {
  const body = resolveRef(ctx.document, raw.operation["requestBody"], "").value;
  if (!isObject(body) || !isObject(body["content"])) return [];
  const content = body["content"];
  const mediaType = Object.keys(content).sort((a, b) => mediaTypeRank(a) - mediaTypeRank(b))[0];
  const media = mediaType !== undefined ? content[mediaType] : undefined;
  if (!isObject(media)) return [];
  if (isObject(media["examples"])) {
    const examples = media["examples"];
    return Object.keys(examples).flatMap((name) => {
      const ex = resolveRef(ctx.document, examples[name], "").value;
      if (!isObject(ex) || !("value" in ex)) return [];
      return [{ name, ...optionalString("summary", ex["summary"]), value: ex["value"] }];
    });
  }
  if ("example" in media) return [{ name: "example", value: media["example"] }];
  return [];
}

/** Exposed for tests. */
export const internals = { getAtPointer, isObjectSchema, propertyNames };
