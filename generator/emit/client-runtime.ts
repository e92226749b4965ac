/**
 * What client.ts holds beside the operations for the runtime, all read from the model: the API's
 * runtime data (`api`: security schemes, retry policy, error mapping, timeout, request-id header),
 * the error classes the spec declares, and the spec's `ClientOptions` / `RequestOptions`.
 */
import type {
  ApiModel,
  JsonSchema,
  OperationModel,
  ParameterModel,
  RetryPolicyModel,
  SecuritySchemeModel,
} from "../model/types.js";
import { isObject, resolveRef, type JsonObject } from "../model/resolve.js";
import { errorsData } from "./client-errors.js";
import { arrayDoc, objectDoc, type Doc } from "./layout.js";
import { docText, propertyKey, stringLiteral } from "./text.js";

/** A JSDoc block for any text (each line prefixed, nothing can close it early). */
export function jsDoc(text: string): string {
  const lines = docText(text).split("\n");
  return lines.length === 1
    ? `/** ${lines[0]} */`
    : `/**\n${lines.map((l) => ` *${l === "" ? "" : ` ${l}`}`).join("\n")}\n */`;
}

/** An object literal; keys are quoted unless they are identifiers or array indexes (`200`). */
export function object(entries: readonly (readonly [string, Doc])[]): Doc {
  const key = (k: string): string => (/^(0|[1-9][0-9]{0,8})$/.test(k) ? k : propertyKey(k));
  return objectDoc(entries.map(([k, v]) => [key(k), v] as const));
}

export function list(items: readonly Doc[]): Doc {
  return arrayDoc(items);
}

// ---------------------------------------------------------------- credentials

function usableSchemes(model: ApiModel): SecuritySchemeModel[] {
  return model.securitySchemes.filter((s) => s.sendAs !== undefined);
}

/** Credential options that every operation needs (checked when the client is created). */
export function requiredCredentials(model: ApiModel): string[] {
  const schemes = usableSchemes(model);
  const options = [...new Set(schemes.map((s) => s.option))];
  return options.filter(
    (option) =>
      model.operations.length > 0 &&
      model.operations.every(
        (op) =>
          op.security.length > 0 &&
          op.security.every((names) =>
            names.some((n) => schemes.find((s) => s.name === n)?.option === option),
          ),
      ),
  );
}

function schemeData(s: SecuritySchemeModel): Doc {
  const entries: [string, Doc][] = [
    ["type", stringLiteral(s.sendAs ?? "bearer")],
    ["option", stringLiteral(s.option)],
  ];
  if (s.sendAs === "apiKey") {
    entries.push(
      ["in", stringLiteral(s.in ?? "header")],
      ["name", stringLiteral(s.paramName ?? "")],
    );
  }
  return object(entries);
}

// ---------------------------------------------------------------- option headers

interface OptionHeader {
  readonly option: string;
  readonly header: string;
  readonly type: string;
  readonly required: boolean;
  readonly description?: string;
}

/** The TypeScript type of an option header's value, from its schema. */
function valueType(schema: JsonSchema): string {
  if (typeof schema !== "object") return "string";
  const values = schema["enum"];
  if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === "string")) {
    return values.map((v) => stringLiteral(v as string)).join(" | ");
  }
  switch (schema["type"]) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return "string";
  }
}

function isOptionHeader(p: ParameterModel): boolean {
  return p.clientOption !== undefined && p.idempotencyKey !== true;
}

export function optionHeaders(model: ApiModel): OptionHeader[] {
  const byOption = new Map<string, OptionHeader>();
  for (const op of model.operations) {
    for (const p of op.headerParams.filter(isOptionHeader)) {
      const seen = byOption.get(p.clientOption!);
      byOption.set(p.clientOption!, {
        option: p.clientOption!,
        header: p.name,
        type: seen?.type ?? valueType(p.schema),
        required: (seen?.required ?? false) || p.required,
        ...((seen?.description ?? p.description) !== undefined
          ? { description: (seen?.description ?? p.description)! }
          : {}),
      });
    }
  }
  return [...byOption.values()].sort((a, b) => (a.option < b.option ? -1 : 1));
}

/** `[option, header, required?]` per option header of the operation. */
export function descriptorOptionHeaders(op: OperationModel): Doc {
  return list(
    op.headerParams
      .filter(isOptionHeader)
      .map((p) =>
        list([
          stringLiteral(p.clientOption!),
          stringLiteral(p.name),
          ...(p.required ? ["true"] : []),
        ]),
      ),
  );
}

// ---------------------------------------------------------------- per-operation data

const DEFAULT_STYLE: Readonly<Record<string, [string, boolean]>> = {
  query: ["form", true],
  cookie: ["form", true],
  path: ["simple", false],
  header: ["simple", false],
};

function styleData(style: string, explode: boolean): Doc {
  return object([
    ["style", stringLiteral(style)],
    ["explode", String(explode)],
  ]);
}

const SCALAR_TYPES = ["string", "number", "integer", "boolean", "null"];

/** True when every value the schema allows is a string, number, boolean or null. */
function isScalar(document: JsonObject, schema: unknown, depth = 0): boolean {
  if (depth > 16) return false;
  const s = resolveRef(document, schema, "").value;
  if (!isObject(s)) return false;
  const type = s["type"];
  if (typeof type === "string") return SCALAR_TYPES.includes(type);
  if (Array.isArray(type)) {
    return type.length > 0 && type.every((t) => SCALAR_TYPES.includes(String(t)));
  }
  for (const key of ["anyOf", "oneOf"]) {
    const list = s[key];
    if (Array.isArray(list) && list.length > 0) {
      return list.every((sub) => isScalar(document, sub, depth + 1));
    }
  }
  const values = s["enum"];
  return Array.isArray(values) && values.every((v) => typeof v !== "object" || v === null);
}

/** Parameters whose style differs from their location's default (see the runtime's descriptor). */
function paramStyles(op: OperationModel, document: JsonObject): [string, Doc][] {
  const params = [...op.pathParams, ...op.queryParams, ...op.headerParams, ...op.cookieParams];
  return params.flatMap((p) => {
    const isDefault =
      p.in === "query"
        ? p.style === "deepObject" || isScalar(document, p.schema)
        : p.style === DEFAULT_STYLE[p.in]?.[0] && p.explode === DEFAULT_STYLE[p.in]?.[1];
    return isDefault ? [] : [[p.name, styleData(p.style, p.explode)] as [string, Doc]];
  });
}

/** Top-level properties of an object schema (through `$ref` and `allOf`), by name. */
function topProperties(document: JsonObject, schema: unknown, depth = 0): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const s = resolveRef(document, schema, "").value;
  if (!isObject(s) || depth > 16) return out;
  if (isObject(s["properties"])) {
    for (const [k, v] of Object.entries(s["properties"])) out.set(k, v);
  }
  const all = Array.isArray(s["allOf"]) ? s["allOf"] : [];
  for (const sub of all) {
    for (const [k, v] of topProperties(document, sub, depth + 1)) out.set(k, v);
  }
  return out;
}

/**
 * A form body's array and object properties whose encoding is not the bracket form: an `encoding`
 * entry other than `deepObject`, or none (OpenAPI's default for a form body is `form`, exploded).
 */
export function bodyStyles(op: OperationModel, document: JsonObject): Doc | undefined {
  const body = op.requestBody;
  if (!body) return undefined;
  const properties = topProperties(document, body.schema);
  const names = [...new Set([...properties.keys(), ...Object.keys(body.encoding)])].sort();
  const entries = names.flatMap((name) => {
    const e = body.encoding[name] ?? {};
    const style = e.style ?? "form";
    const explode = e.explode ?? style === "form";
    const scalar = properties.has(name) && isScalar(document, properties.get(name));
    return style === "deepObject" || scalar
      ? []
      : [[name, styleData(style, explode)] as [string, Doc]];
  });
  return entries.length > 0 ? object(entries) : undefined;
}

function retryData(policy: RetryPolicyModel): Doc {
  const entries: [string, Doc][] = [
    [
      "statuses",
      list(policy.statuses.map((s) => (typeof s === "number" ? String(s) : stringLiteral(s)))),
    ],
    ["connectionErrors", String(policy.connectionErrors)],
    ["timeouts", String(policy.timeouts)],
    ["maxRetries", String(policy.maxRetries)],
    ["initialDelayMs", String(policy.initialDelayMs)],
    ["maxDelayMs", String(policy.maxDelayMs)],
    ["exponent", String(policy.exponent)],
  ];
  if (policy.shouldRetryHeader)
    entries.push(["shouldRetryHeader", stringLiteral(policy.shouldRetryHeader)]);
  return object(entries);
}

/** Descriptor fields for serialisation, credentials, idempotency, retries and dates. */
export function runtimeFields(op: OperationModel, document: JsonObject): [string, Doc][] {
  const fields: [string, Doc][] = [];
  if (op.cookieParams.length > 0) {
    const cookies = op.cookieParams.map((p) =>
      list([stringLiteral(p.name), stringLiteral(p.name)]),
    );
    fields.push(["cookies", list(cookies)]);
  }
  const styles = paramStyles(op, document);
  if (styles.length > 0) fields.push(["styles", object(styles)]);
  if (op.security.length > 0) {
    fields.push(["security", list(op.security.map((names) => list(names.map(stringLiteral))))]);
  }
  const idempotency = op.headerParams.find((p) => p.idempotencyKey === true);
  if (idempotency) fields.push(["idempotencyHeader", stringLiteral(idempotency.name)]);
  if (op.retry) fields.push(["retry", retryData(op.retry)]);
  if (op.unixTime.length > 0) fields.push(["unixTime", list(op.unixTime.map(stringLiteral))]);
  return fields;
}

export function hasIdempotency(op: OperationModel): boolean {
  return op.headerParams.some((p) => p.idempotencyKey === true);
}

/** The `api` constant: what the spec declares for the runtime (`ApiConfig`). */
export function apiData(model: ApiModel): Doc {
  const schemes = usableSchemes(model).map((s) => [s.name, schemeData(s)] as [string, Doc]);
  const required = requiredCredentials(model);
  const entries: [string, Doc][] = [
    ["schemes", object(schemes)],
    ...(required.length > 0
      ? [["requiredOptions", list(required.map(stringLiteral))] as [string, Doc]]
      : []),
    ["retry", retryData(model.runtime.retry)],
    ["errors", errorsData(model)],
    ["timeoutMs", String(model.runtime.timeoutMs)],
  ];
  if (model.runtime.requestIdHeader) {
    entries.push(["requestIdHeader", stringLiteral(model.runtime.requestIdHeader)]);
  }
  return object(entries);
}

// ---------------------------------------------------------------- option types

/** A declared member of an interface: `readonly name?: type;` with its doc. */
export interface MemberModel {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string;
}

/** An interface of client.d.ts. */
export interface InterfaceModel {
  readonly name: string;
  readonly extends: string;
  readonly doc: string;
  readonly members: readonly MemberModel[];
}

function credentialMembers(model: ApiModel, client: boolean): MemberModel[] {
  const schemes = usableSchemes(model);
  const required = new Set(client ? requiredCredentials(model) : []);
  const options = [...new Set(schemes.map((s) => s.option))].sort();
  return options.map((option) => {
    const mine = schemes.filter((s) => s.option === option);
    const basicOnly = mine.every((s) => s.sendAs === "basic");
    const type = basicOnly ? "{ readonly username: string; readonly password?: string }" : "string";
    const how = mine.map(
      (s) => `${s.name} (${s.sendAs === "apiKey" ? `${s.in} \`${s.paramName}\`` : s.sendAs})`,
    );
    const doc = [
      ...mine.flatMap((s) => (s.description ? [s.description] : [])),
      `Credential for ${how.join(", ")}. Never logged or stored on errors.`,
    ].join("\n\n");
    return { name: propertyKey(option), type, optional: !required.has(option), doc };
  });
}

function headerMembers(model: ApiModel, client: boolean): MemberModel[] {
  const credentialNames = new Set(usableSchemes(model).map((s) => s.option));
  return optionHeaders(model)
    .filter((h) => !credentialNames.has(h.option))
    .map((h) => {
      const doc = [h.description, `Sent as the \`${h.header}\` header.`]
        .filter(Boolean)
        .join("\n\n");
      return { name: propertyKey(h.option), type: h.type, optional: !(client && h.required), doc };
    });
}

/** True when `createClient` can be called without options. */
export function clientOptionsOptional(model: ApiModel): boolean {
  return requiredCredentials(model).length === 0 && !optionHeaders(model).some((h) => h.required);
}

export function optionInterfaces(model: ApiModel): InterfaceModel[] {
  const out: InterfaceModel[] = [
    {
      name: "ClientOptions",
      extends: "BaseClientOptions",
      doc: "Options of `createClient`: the generic ones and what the spec declares.",
      members: [...credentialMembers(model, true), ...headerMembers(model, true)],
    },
    {
      name: "RequestOptions",
      extends: "BaseRequestOptions",
      doc: "Options of one call: the generic ones and what the spec declares (each overrides the client's).",
      members: [...credentialMembers(model, false), ...headerMembers(model, false)],
    },
  ];
  if (model.operations.some(hasIdempotency)) {
    out.push({
      name: "IdempotentRequestOptions",
      extends: "RequestOptions",
      doc: "Options of a call whose operation declares an idempotency header.",
      members: [
        {
          name: "idempotencyKey",
          type: "string",
          optional: true,
          doc: "Sent as the idempotency header; a fresh key is generated per call when absent, and reused on every retry.",
        },
      ],
    });
  }
  return out;
}
