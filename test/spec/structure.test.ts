/**
 * The conventions the generator relies on hold in spec/openapi.yaml: operations and their client
 * names, option headers, form encodings, naming rules for components, errors, auth, and open
 * (forward-compatible) response objects.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

type Node = { readonly [key: string]: unknown };

const spec = parse(
  readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"),
) as Node;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function node(value: unknown, what: string): Node {
  if (!isNode(value)) throw new Error(`${what} is not an object`);
  return value;
}

function deref(value: unknown): Node {
  const start = node(value, "a $ref target");
  if (typeof start.$ref !== "string") return start;
  let target: unknown = spec;
  for (const segment of start.$ref.replace(/^#\//, "").split("/")) {
    target = isNode(target) ? target[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return deref(target);
}

const components = node(spec.components, "components");
const schemas = node(components.schemas, "components.schemas");

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pathItem: Node;
  readonly operation: Node;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const operations: Operation[] = Object.entries(node(spec.paths, "paths")).flatMap(
  ([path, pathItem]) =>
    Object.entries(node(pathItem, path))
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({
        method,
        path,
        pathItem: node(pathItem, path),
        operation: node(operation, `${method} ${path}`),
      })),
);

function operation(operationId: string): Operation {
  const found = operations.find((o) => o.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

function parametersOf(o: Operation): Node[] {
  return [...asArray(o.pathItem.parameters), ...asArray(o.operation.parameters)].map(deref);
}

function formBody(o: Operation): { schema: Node; media: Node } | undefined {
  if (o.operation.requestBody === undefined) return undefined;
  const content = node(deref(o.operation.requestBody).content, "content");
  const media = node(content["application/x-www-form-urlencoded"], "form media type");
  return { schema: deref(media.schema), media };
}

/** Generator rule: group = x-resource, else first tag; method = x-method-name, else camelCase(operationId). */
function clientName(o: Operation): string {
  const tags = asArray(o.operation.tags);
  const group = String(o.operation["x-resource"] ?? tags[0]);
  const operationId = String(o.operation.operationId);
  const method = String(
    o.operation["x-method-name"] ?? operationId.charAt(0).toLowerCase() + operationId.slice(1),
  );
  return `${group}.${method}`;
}

describe("document", () => {
  it("is OpenAPI 3.1 with Stripe's server", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.servers).toEqual([{ url: "https://api.stripe.com" }]);
  });

  it("names the package and gives it a semver version", () => {
    const info = node(spec.info, "info");
    expect(info.title).toEqual(expect.any(String));
    expect(info.description).toEqual(expect.any(String));
    expect(info["x-package-name"]).toBe("stripe-sources-client");
    expect(String(info.version)).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });

  it("documents the generator's naming rule at the top", () => {
    const head = readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8")
      .split("\nopenapi:")[0]
      ?.replace(/\n#\s*/g, " ");
    expect(head).toContain("`x-resource` of the operation, else its first tag");
    expect(head).toContain("`x-method-name`, else the operationId in camelCase");
  });

  it("declares bearer and basic auth, either one accepted", () => {
    expect(components.securitySchemes).toMatchObject({
      bearerAuth: { type: "http", scheme: "bearer" },
      basicAuth: { type: "http", scheme: "basic" },
    });
    expect(spec.security).toEqual([{ bearerAuth: [] }, { basicAuth: [] }]);
  });

  it("declares its tags with descriptions", () => {
    const declared = asArray(spec.tags).map((tag) => node(tag, "tag"));
    for (const tag of declared)
      expect(tag.description, String(tag.name)).toEqual(expect.any(String));
    const names = declared.map((tag) => tag.name);
    for (const o of operations) {
      for (const tag of asArray(o.operation.tags)) expect(names).toContain(tag);
    }
  });
});

describe("operations", () => {
  const expected = [
    ["post", "/v1/sources", "CreateSource", "sources", "create"],
    ["get", "/v1/sources/{source}", "RetrieveSource", "sources", "retrieve"],
    ["post", "/v1/sources/{source}", "UpdateSource", "sources", "update"],
    ["post", "/v1/customers/{customer}/sources", "AttachSource", "customers", "attachSource"],
    [
      "delete",
      "/v1/customers/{customer}/sources/{id}",
      "DetachSource",
      "customers",
      "detachSource",
    ],
  ] as const;

  it("are exactly the five Source endpoints", () => {
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      expected.map(([method, path]) => `${method} ${path}`).sort(),
    );
  });

  it.each(expected)("%s %s is %s → %s.%s", (method, path, operationId, resource, methodName) => {
    const o = operation(operationId);
    expect([o.method, o.path]).toEqual([method, path]);
    expect(o.operation["x-resource"]).toBe(resource);
    expect(o.operation["x-method-name"]).toBe(methodName);
    expect(o.operation.tags).toEqual(["Sources"]);
    expect(o.operation.summary).toEqual(expect.any(String));
    expect(String(o.operation.description).length).toBeGreaterThan(20);
    expect(clientName(o)).toBe(`${resource}.${methodName}`);
  });

  it("map to distinct client methods", () => {
    const names = operations.map(clientName);
    expect(new Set(names).size).toBe(names.length);
  });

  it("declare every path template parameter, required", () => {
    for (const o of operations) {
      const template = [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = parametersOf(o).filter((p) => p.in === "path");
      expect(declared.map((p) => p.name)).toEqual(template);
      for (const p of declared) expect(p.required).toBe(true);
    }
  });
});

describe("option headers", () => {
  const headers = {
    IdempotencyKey: { name: "Idempotency-Key", option: "idempotencyKey" },
    StripeVersion: { name: "Stripe-Version", option: "apiVersion" },
    StripeAccount: { name: "Stripe-Account", option: "stripeAccount" },
  } as const;

  it.each(Object.entries(headers))("%s is a reusable header parameter", (key, header) => {
    const parameter = deref(node(components.parameters, "parameters")[key]);
    expect(parameter).toMatchObject({
      name: header.name,
      in: "header",
      "x-client-option": header.option,
    });
    expect(parameter.required ?? false).toBe(false);
    expect(deref(parameter.schema).type).toBe("string");
  });

  it("limits the idempotency key to 255 characters", () => {
    const parameter = deref(node(components.parameters, "parameters").IdempotencyKey);
    expect(deref(parameter.schema).maxLength).toBe(255);
  });

  it.each(operations.map((o) => [String(o.operation.operationId), o] as const))(
    "%s takes the right option headers, by $ref",
    (_id, o) => {
      const refs = asArray(o.operation.parameters)
        .map((p) => node(p, "parameter").$ref)
        .filter((ref): ref is string => typeof ref === "string");
      const expected = [
        ...(o.method === "post" ? ["#/components/parameters/IdempotencyKey"] : []),
        "#/components/parameters/StripeVersion",
        "#/components/parameters/StripeAccount",
      ];
      expect(refs).toEqual(expected);
      // Every header parameter is an option header (none ends up in `params`).
      for (const p of parametersOf(o).filter((p) => p.in === "header")) {
        expect(p["x-client-option"], String(p.name)).toEqual(expect.any(String));
      }
    },
  );

  it("leaves retrieve with only `client_secret` besides the path, detach with nothing", () => {
    const plain = (id: string): string[] =>
      parametersOf(operation(id))
        .filter((p) => p.in !== "header")
        .map((p) => `${String(p.name)} (${String(p.in)})`);
    expect(plain("RetrieveSource")).toEqual(["source (path)", "client_secret (query)"]);
    expect(plain("DetachSource")).toEqual(["customer (path)", "id (path)"]);
    expect(operation("DetachSource").operation.requestBody).toBeUndefined();
    expect(operation("RetrieveSource").operation.requestBody).toBeUndefined();
  });
});

describe("request bodies", () => {
  const withBodies = ["CreateSource", "UpdateSource", "AttachSource"];

  it.each(withBodies)("%s takes a form body only", (id) => {
    const content = node(deref(operation(id).operation.requestBody).content, "content");
    expect(Object.keys(content)).toEqual(["application/x-www-form-urlencoded"]);
  });

  it.each(withBodies)("%s encodes every object-valued property as deepObject", (id) => {
    const body = formBody(operation(id));
    if (!body) throw new Error("no body");
    const isObjectValued = (schema: unknown): boolean => {
      const s = deref(schema);
      const branches = [s, ...asArray(s.anyOf).map(deref), ...asArray(s.oneOf).map(deref)];
      return branches.some((b) => {
        const types = typeof b.type === "string" ? [b.type] : asArray(b.type);
        if (types.includes("object")) return true;
        return types.includes("array") && b.items !== undefined && isObjectValued(b.items);
      });
    };
    const objectValued = Object.entries(node(body.schema.properties, "properties"))
      .filter(([, schema]) => isObjectValued(schema))
      .map(([name]) => name)
      .sort();
    const encoding = node(body.media.encoding ?? {}, "encoding");
    expect(Object.keys(encoding).sort()).toEqual(objectValued);
    for (const name of objectValued) {
      expect(encoding[name], name).toEqual({ style: "deepObject", explode: true });
    }
  });

  it("requires a body for create and attach, not for update", () => {
    expect(deref(operation("CreateSource").operation.requestBody).required).toBe(true);
    expect(deref(operation("AttachSource").operation.requestBody).required).toBe(true);
    expect(deref(operation("UpdateSource").operation.requestBody).required ?? false).toBe(false);
  });

  it("shares the owner, mandate, source_order and metadata schemas between create and update", () => {
    const create = formBody(operation("CreateSource"))?.schema.properties;
    const update = formBody(operation("UpdateSource"))?.schema.properties;
    for (const name of ["owner", "mandate", "source_order", "metadata"]) {
      const ref = node(node(create, "create")[name], name).$ref;
      expect(ref, name).toEqual(expect.stringMatching(/^#\/components\/schemas\//));
      expect(node(node(update, "update")[name], name).$ref, name).toBe(ref);
    }
  });

  it("models metadata as string values, or the empty string that unsets all keys", () => {
    expect(schemas.Metadata).toMatchObject({
      anyOf: [
        { type: "object", additionalProperties: { type: "string", maxLength: 500 } },
        { type: "string", enum: [""] },
      ],
    });
  });
});

describe("components", () => {
  it("has no schema name the generator derives itself", () => {
    const operationIds = operations.map((o) => String(o.operation.operationId));
    for (const name of Object.keys(schemas)) {
      expect(name, name).not.toMatch(/(?:Request|Response)$/);
      expect(
        operationIds.map((id) => `${id}Params`),
        name,
      ).not.toContain(name);
    }
  });

  it("uses only formats the validators know", () => {
    const known = new Set([
      ...["date", "time", "date-time", "duration", "uri", "uri-reference", "uri-template", "url"],
      ...["email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer"],
      ...["relative-json-pointer", "byte", "int32", "int64", "float", "double", "password"],
      ...["binary", "iso-time", "iso-date-time", "unix-time"],
    ]);
    const formats: string[] = [];
    const walk = (value: unknown, key: string | undefined): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, undefined));
      else if (isNode(value)) {
        for (const [k, v] of Object.entries(value)) {
          if (k === "example" || k === "examples") continue;
          if (k === "format" && typeof v === "string" && key !== "properties") formats.push(v);
          walk(v, k);
        }
      }
    };
    walk(spec, undefined);
    expect(formats.filter((f) => !known.has(f))).toEqual([]);
    expect(formats).toContain("unix-time");
  });

  it("names only declared properties in `required` (a bare `required` names the parent's)", () => {
    const problems: string[] = [];
    const walk = (value: unknown, where: string, inherited: readonly string[]): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${where}/${i}`, inherited));
        return;
      }
      if (!isNode(value)) return;
      const own = isNode(value.properties) ? Object.keys(value.properties) : [];
      const visible = own.length > 0 ? own : inherited;
      for (const name of asArray(value.required)) {
        if (!visible.includes(String(name))) problems.push(`${where}: ${String(name)}`);
      }
      for (const [k, v] of Object.entries(value)) {
        if (k === "example" || k === "examples") continue;
        const passDown = k === "allOf" || k === "anyOf" || k === "oneOf" ? visible : [];
        walk(v, `${where}/${k}`, passDown);
      }
    };
    walk(spec, "#", []);
    expect(problems).toEqual([]);
  });
});

describe("responses", () => {
  it.each(operations.map((o) => [String(o.operation.operationId), o] as const))(
    "%s answers a Source, and the error envelope by default",
    (_id, o) => {
      const responses = node(o.operation.responses, "responses");
      expect(Object.keys(responses)).toEqual(["200", "default"]);
      const ok = deref(responses["200"]);
      expect(node(node(ok.content, "content")["application/json"], "json").schema).toEqual({
        $ref: "#/components/schemas/Source",
      });
      expect(responses.default).toEqual({ $ref: "#/components/responses/Error" });
    },
  );

  it("describes Stripe's error envelope", () => {
    const error = deref(node(components.responses, "responses").Error);
    expect(node(node(error.content, "content")["application/json"], "json").schema).toEqual({
      $ref: "#/components/schemas/ErrorEnvelope",
    });
    expect(deref(schemas.ErrorEnvelope).required).toEqual(["error"]);
    const apiError = deref(node(deref(schemas.ErrorEnvelope).properties, "envelope").error);
    const properties = node(apiError.properties, "error properties");
    expect(deref(properties.type).enum).toEqual(
      expect.arrayContaining([
        "api_error",
        "card_error",
        "idempotency_error",
        "invalid_request_error",
        "authentication_error",
        "permission_error",
        "rate_limit_error",
      ]),
    );
    for (const field of [
      "code",
      "decline_code",
      "doc_url",
      "message",
      "param",
      "payment_method_type",
      "request_log_url",
      "charge",
      "advice_code",
    ]) {
      expect(properties[field], field).toBeDefined();
    }
  });

  it("never closes a response object (additionalProperties: false)", () => {
    const closed: string[] = [];
    const seen = new Set<unknown>();
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => walk(v, `${where}/${i}`));
        return;
      }
      if (!isNode(value) || seen.has(value)) return;
      seen.add(value);
      if (typeof value.$ref === "string") {
        walk(deref(value), value.$ref);
        return;
      }
      if (value.additionalProperties === false || value.unevaluatedProperties === false) {
        closed.push(where);
      }
      for (const [k, v] of Object.entries(value)) {
        if (k !== "example" && k !== "examples") walk(v, `${where}/${k}`);
      }
    };
    for (const o of operations) walk(o.operation.responses, `${o.method} ${o.path}`);
    expect(closed).toEqual([]);
  });

  it("marks the source type enum as open", () => {
    const source = deref(schemas.Source);
    const type = deref(node(source.properties, "properties").type);
    expect(type["x-open-enum"]).toBe(true);
  });
});
