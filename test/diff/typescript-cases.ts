/**
 * Cross-check cases: each is one operation (its own path and client group), in two versions, and
 * a consumer written against the old package. Against the new package, the consumer of a
 * breaking case must fail to compile or its `sends` value must fail the new request validator;
 * the consumer of a non-breaking case must compile and its value must still pass.
 *
 * In consumers, `$M` stands for the case's client method type (`Client["<id>"]["call"]`), called
 * as the package calls every method: `method(...pathIds, params, options)`; `sends` is that params
 * object, which is what the request validator takes.
 */
import type { ChangeCode } from "../../generator/diff/changes.js";
import type { Doc } from "./support.js";

export interface Version {
  readonly body?: Doc;
  readonly query?: readonly Doc[];
  readonly response?: Doc;
  readonly methodName?: string;
  readonly schemas?: Doc;
}

export interface CrossCase {
  readonly id: string;
  readonly code: ChangeCode;
  readonly base: Version;
  readonly head: Version;
  readonly consumer: string;
  /** The params the consumer sends (what the request validator takes): valid for the old one. */
  readonly sends?: Doc;
}

const obj = (properties: Doc, required: string[] = []): Doc => ({
  type: "object",
  ...(required.length > 0 ? { required } : {}),
  properties,
});
const str = { type: "string" };
const widget = (extra: Doc = {}, required = ["id", "note", "status"]): Doc =>
  obj(
    {
      id: str,
      note: str,
      status: { type: "string", enum: ["active", "archived"] },
      kind: { type: "string", enum: ["a", "b"], "x-open-enum": true },
      ...extra,
    },
    required,
  );
const request = (extra: Doc = {}, required = ["name"]): Doc =>
  obj(
    {
      name: { type: "string", maxLength: 10 },
      size: { type: "integer" },
      color: { type: "string", enum: ["red", "green"] },
      ...extra,
    },
    required,
  );

/** A call in the package's shape, `method(...pathIds, params, options)` (no path ids here). */
const calls = (params: string): string => `export const send = (m: $M) => m(${params}, {});`;
const sendsName = calls('{ name: "abcde" }');
const sendsSize = calls('{ name: "abcde", size: 1 }');
const readsNote = "export const f = (r: Awaited<ReturnType<$M>>): string => r.note;";
const switchStatus = `export function label(r: Awaited<ReturnType<$M>>): string {
  switch (r.status) {
    case "active": return "A";
    case "archived": return "B";
    default: { const unreachable: never = r.status; return unreachable; }
  }
}`;

export const CROSS_CASES: readonly CrossCase[] = [
  // Breaking: the consumer stops compiling.
  {
    id: "reqPropRemoved",
    code: "request-property-removed",
    base: { body: request() },
    head: { body: obj({ name: str }, ["name"]) },
    consumer: sendsSize,
  },
  {
    id: "reqPropAddedRequired",
    code: "request-property-added-required",
    base: { body: request() },
    head: { body: request({ weight: { type: "number" } }, ["name", "weight"]) },
    consumer: sendsName,
  },
  {
    id: "reqPropRequired",
    code: "request-property-required",
    base: { body: request() },
    head: { body: request({}, ["name", "size"]) },
    consumer: sendsName,
  },
  {
    id: "reqEnumValueRemoved",
    code: "request-enum-value-removed",
    base: { body: request() },
    head: { body: request({ color: { type: "string", enum: ["red"] } }) },
    consumer: calls('{ name: "a", color: "green" }'),
  },
  {
    id: "reqTypeChanged",
    code: "request-type-changed",
    base: { body: request() },
    head: { body: request({ size: str }) },
    consumer: sendsSize,
  },
  {
    id: "reqParamAddedRequired",
    code: "request-parameter-added-required",
    base: { body: request() },
    head: { body: request(), query: [{ name: "mode", in: "query", required: true, schema: str }] },
    consumer: sendsName,
  },
  {
    id: "respPropRemoved",
    code: "response-property-removed",
    base: { response: widget() },
    head: { response: obj({ id: str, status: widget().properties.status }, ["id", "status"]) },
    consumer: readsNote,
  },
  {
    id: "respPropOptional",
    code: "response-property-optional",
    base: { response: widget() },
    head: { response: widget({}, ["id", "status"]) },
    consumer: readsNote,
  },
  {
    id: "respNullable",
    code: "response-nullable-added",
    base: { response: widget() },
    head: { response: widget({ note: { type: ["string", "null"] } }) },
    consumer: readsNote,
  },
  {
    id: "respTypeChanged",
    code: "response-type-changed",
    base: { response: widget() },
    head: { response: widget({ note: { type: "integer" } }) },
    consumer: readsNote,
  },
  {
    id: "respEnumValueAdded",
    code: "response-enum-value-added",
    base: { response: widget() },
    head: {
      response: widget({ status: { type: "string", enum: ["active", "archived", "deleted"] } }),
    },
    consumer: switchStatus,
  },
  {
    id: "respEnumOpened",
    code: "response-enum-opened",
    base: { response: widget() },
    head: {
      response: widget({
        status: { type: "string", enum: ["active", "archived"], "x-open-enum": true },
      }),
    },
    consumer: switchStatus,
  },
  {
    id: "methodRenamed",
    code: "operation-client-method-changed",
    base: { body: request() },
    head: { body: request(), methodName: "invoke" },
    consumer: sendsName,
  },
  {
    id: "schemaRenamed",
    code: "export-renamed",
    base: { response: { $ref: "#/components/schemas/Gadget" }, schemas: { Gadget: widget() } },
    head: { response: { $ref: "#/components/schemas/Gizmo" }, schemas: { Gizmo: widget() } },
    consumer:
      'import type { Gadget } from "PKG";\nexport const g = (r: Awaited<ReturnType<$M>>): Gadget => r;',
  },
  {
    id: "reqBodyShapeChanged",
    code: "request-body-shape-changed",
    base: { body: request() },
    // No longer an object: the body travels as `params.body`, its properties leave `params`.
    head: { body: { ...request(), type: ["object", "array"], items: str } },
    consumer: sendsName,
  },
  {
    id: "reqEnumDropped",
    code: "export-removed",
    // Values no other case uses: enums with the same values share one export.
    base: { body: request({ color: { type: "string", enum: ["cyan", "magenta"] } }) },
    head: { body: request({ color: str }) },
    consumer:
      'import type { ReqEnumDroppedCallParamsColor } from "PKG";\nexport const c: ReqEnumDroppedCallParamsColor = "cyan";',
  },
  // Breaking: the consumer compiles, but what it sends no longer validates.
  {
    id: "reqBoundTightened",
    code: "request-bound-tightened",
    base: { body: request() },
    head: { body: request({ name: { type: "string", maxLength: 3 } }) },
    consumer: sendsName,
    sends: { name: "abcde" },
  },
  {
    id: "reqPatternAdded",
    code: "request-pattern-added",
    base: { body: request() },
    head: { body: request({ name: { type: "string", maxLength: 10, pattern: "^[0-9]+$" } }) },
    consumer: sendsName,
    sends: { name: "abcde" },
  },
  // Non-breaking: the consumer compiles and what it sends still validates.
  {
    id: "reqPropAdded",
    code: "request-property-added",
    base: { body: request() },
    head: { body: request({ weight: { type: "number" } }) },
    consumer: sendsSize,
    sends: { name: "abcde", size: 1 },
  },
  {
    id: "reqPropOptional",
    code: "request-property-optional",
    base: { body: request() },
    head: { body: request({}, []) },
    consumer: sendsName,
    sends: { name: "abcde" },
  },
  {
    id: "reqEnumValueAdded",
    code: "request-enum-value-added",
    base: { body: request() },
    head: { body: request({ color: { type: "string", enum: ["red", "green", "blue"] } }) },
    consumer: calls('{ name: "a", color: "green" }'),
    sends: { name: "a", color: "green" },
  },
  {
    id: "reqBoundLoosened",
    code: "request-bound-loosened",
    base: { body: request() },
    head: { body: request({ name: { type: "string", maxLength: 20 } }) },
    consumer: sendsName,
    sends: { name: "abcde" },
  },
  {
    id: "reqParamAdded",
    code: "request-parameter-added",
    base: { body: request() },
    head: { body: request(), query: [{ name: "page", in: "query", schema: { type: "integer" } }] },
    consumer: sendsName,
    sends: { name: "abcde" },
  },
  {
    id: "respPropAdded",
    code: "response-property-added",
    base: { response: widget() },
    head: { response: widget({ weight: { type: "number" } }) },
    consumer: readsNote,
  },
  {
    id: "respPropRequired",
    code: "response-property-required",
    base: { response: widget({}, ["id", "status"]) },
    head: { response: widget() },
    consumer: "export const f = (r: Awaited<ReturnType<$M>>): string | undefined => r.note;",
  },
  {
    id: "respOpenEnumValueAdded",
    code: "response-open-enum-value-added",
    base: { response: widget() },
    head: {
      response: widget({ kind: { type: "string", enum: ["a", "b", "c"], "x-open-enum": true } }),
    },
    consumer:
      'export const f = (r: Awaited<ReturnType<$M>>): string => { switch (r.kind) { case "a": return "A"; case "b": return "B"; default: return r.kind ?? "none"; } };',
  },
  {
    id: "respNullableRemoved",
    code: "response-nullable-removed",
    base: { response: widget({ note: { type: ["string", "null"] } }) },
    head: { response: widget() },
    consumer: "export const f = (r: Awaited<ReturnType<$M>>): string | null => r.note;",
  },
];

/** The whole document of one version: every case's operation and schemas. */
export function crossSpec(version: "base" | "head"): Doc {
  const paths: Doc = {};
  const schemas: Doc = {};
  for (const c of CROSS_CASES) {
    const v = c[version];
    Object.assign(schemas, v.schemas ?? {});
    paths[`/${c.id}`] = {
      post: {
        operationId: `${c.id}Call`,
        "x-resource": c.id,
        "x-method-name": v.methodName ?? "call",
        ...(v.query ? { parameters: v.query } : {}),
        ...(v.body
          ? { requestBody: { required: true, content: { "application/json": { schema: v.body } } } }
          : {}),
        responses: {
          "200": {
            description: "OK.",
            ...(v.response ? { content: { "application/json": { schema: v.response } } } : {}),
          },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Cross check", version: version === "base" ? "1.0.0" : "2.0.0" },
    paths,
    components: { schemas },
  };
}
