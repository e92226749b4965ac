/**
 * Every diff rule with a minimal before/after pair: the change it must report (code and level)
 * and the verdict of the whole diff. `also` lists the other codes the same edit legitimately
 * causes; any other change is a failure, so a rule that fires too widely is caught here.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CHANGE_CATALOGUE, type ChangeCode, type Level } from "../../generator/diff/changes.js";
import { verdictOf, type Verdict } from "../../generator/diff/verdict.js";
import { baseDoc, body, cleanUp, diffDocs, op, widget, type Doc } from "./support.js";

interface Case {
  /** Edits applied to both versions first (the starting point of the case). */
  readonly before?: (d: Doc) => void;
  /** Edits applied to the new version only. */
  readonly after: (d: Doc) => void;
  readonly code: ChangeCode;
  readonly level: Level;
  readonly verdict: Verdict;
  readonly also?: readonly ChangeCode[];
}

const query = (d: Doc, name: string): Doc => op(d).parameters.find((p: Doc) => p.name === name);
const json = (d: Doc): Doc => op(d).requestBody.content;
const ok = (d: Doc): Doc => op(d).responses["200"];
const moveOperation = (d: Doc, method: string, path = "/shops/{shop}/widgets/{id}"): void => {
  const operation = op(d);
  delete d.paths["/shops/{shop}/widgets/{id}"];
  d.paths[path] = { [method]: operation };
};

const cases: Record<string, Case> = {
  // Operations
  "an operation removed": {
    after: (d) => {
      d.paths = {};
    },
    code: "operation-removed",
    level: "breaking",
    verdict: "major",
  },
  "an operation added": {
    after: (d) => {
      d.paths["/widgets"] = {
        get: {
          operationId: "ListWidgets",
          tags: ["widgets"],
          responses: { "204": { description: "None." } },
        },
      };
    },
    code: "operation-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "the method changed": {
    after: (d) => moveOperation(d, "put"),
    code: "operation-method-changed",
    level: "breaking",
    verdict: "major",
  },
  "the path changed": {
    after: (d) => {
      moveOperation(d, "post", "/stores/{shop}/widgets/{id}");
    },
    code: "operation-path-changed",
    level: "breaking",
    verdict: "major",
  },
  "path parameters swapped": {
    after: (d) => moveOperation(d, "post", "/widgets/{id}/shops/{shop}"),
    code: "operation-path-parameter-order-changed",
    level: "breaking",
    verdict: "major",
    also: ["operation-path-changed"],
  },
  "the client method renamed": {
    after: (d) => {
      op(d)["x-method-name"] = "modify";
    },
    code: "operation-client-method-changed",
    level: "breaking",
    verdict: "major",
  },
  "security added to an open operation": {
    before: (d) => {
      op(d).security = [];
    },
    after: (d) => {
      delete op(d).security;
    },
    code: "operation-security-added",
    level: "breaking",
    verdict: "major",
  },
  "security made stricter": {
    after: (d) => {
      op(d).security = [{ key: [], basic: [] }];
    },
    code: "operation-security-stricter",
    level: "breaking",
    verdict: "major",
  },
  "security loosened": {
    after: (d) => {
      op(d).security = [{ key: [] }, { basic: [] }];
    },
    code: "operation-security-loosened",
    level: "non-breaking",
    verdict: "minor",
  },
  "an operation deprecated": {
    after: (d) => {
      op(d).deprecated = true;
    },
    code: "operation-deprecated",
    level: "non-breaking",
    verdict: "minor",
  },
  // Request: parameters
  "a required parameter added": {
    after: (d) => {
      op(d).parameters.push({
        name: "mode",
        in: "query",
        required: true,
        schema: { type: "string" },
      });
    },
    code: "request-parameter-added-required",
    level: "breaking",
    verdict: "major",
  },
  "an optional parameter added": {
    after: (d) => {
      op(d).parameters.push({ name: "page", in: "query", schema: { type: "integer" } });
    },
    code: "request-parameter-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a parameter removed": {
    after: (d) => {
      op(d).parameters = op(d).parameters.filter((p: Doc) => p.name !== "expand");
    },
    code: "request-parameter-removed",
    level: "breaking",
    verdict: "major",
  },
  "a parameter made required": {
    after: (d) => {
      query(d, "expand").required = true;
    },
    code: "request-parameter-required",
    level: "breaking",
    verdict: "major",
  },
  "a parameter made optional": {
    before: (d) => {
      query(d, "expand").required = true;
    },
    after: (d) => {
      delete query(d, "expand").required;
    },
    code: "request-parameter-optional",
    level: "non-breaking",
    verdict: "minor",
  },
  "a parameter's serialisation changed": {
    after: (d) => {
      query(d, "expand").explode = false;
    },
    code: "request-parameter-serialisation-changed",
    level: "breaking",
    verdict: "major",
  },
  "a header moved into the per-request options": {
    before: (d) => {
      op(d).parameters.push({ name: "X-Trace", in: "header", schema: { type: "string" } });
    },
    after: (d) => {
      op(d).parameters.find((p: Doc) => p.name === "X-Trace")["x-client-option"] = "trace";
    },
    code: "request-parameter-client-option-changed",
    level: "breaking",
    verdict: "major",
  },
  "a parameter narrowed": {
    after: (d) => {
      query(d, "expand").schema = { type: "string", enum: ["owner"] };
    },
    code: "request-enum-added",
    level: "breaking",
    verdict: "major",
    also: ["export-added"],
  },
  // Request: body
  "the request body removed": {
    after: (d) => {
      delete op(d).requestBody;
    },
    code: "request-body-removed",
    level: "breaking",
    verdict: "major",
    also: ["export-removed"],
  },
  "a required request body added": {
    before: (d) => {
      delete op(d).requestBody;
    },
    after: (d) => {
      op(d).requestBody = baseDoc().paths["/shops/{shop}/widgets/{id}"].post.requestBody;
    },
    code: "request-body-added-required",
    level: "breaking",
    verdict: "major",
    also: ["export-added"],
  },
  "an optional request body added": {
    before: (d) => {
      delete op(d).requestBody;
    },
    after: (d) => {
      op(d).requestBody = {
        content: baseDoc().paths["/shops/{shop}/widgets/{id}"].post.requestBody.content,
      };
    },
    code: "request-body-added",
    level: "non-breaking",
    verdict: "minor",
    also: ["export-added"],
  },
  "the request body made required": {
    before: (d) => {
      op(d).requestBody.required = false;
    },
    after: (d) => {
      op(d).requestBody.required = true;
    },
    code: "request-body-required",
    level: "breaking",
    verdict: "major",
  },
  "the request body made optional": {
    after: (d) => {
      op(d).requestBody.required = false;
    },
    code: "request-body-optional",
    level: "non-breaking",
    verdict: "minor",
  },
  // An object body's properties sit in `params`; any other body is `params.body`.
  "the body no longer an object, so it moves to params.body": {
    after: (d) => {
      Object.assign(body(d), { type: ["object", "array"], items: { type: "string" } });
    },
    code: "request-body-shape-changed",
    level: "breaking",
    verdict: "major",
    also: ["request-type-widened"],
  },
  // The client sends one media type (form, then JSON, then multipart): these keep it JSON.
  "a request media type removed": {
    before: (d) => {
      json(d)["multipart/form-data"] = { schema: { type: "object" } };
    },
    after: (d) => {
      delete json(d)["multipart/form-data"];
    },
    code: "request-media-type-removed",
    level: "breaking",
    verdict: "major",
  },
  "a request media type added": {
    after: (d) => {
      json(d)["multipart/form-data"] = { schema: { type: "object" } };
    },
    code: "request-media-type-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request media type added that the client now sends": {
    after: (d) => {
      // Form is preferred: `params` is now the form schema, which lacks JSON's properties.
      json(d)["application/x-www-form-urlencoded"] = { schema: { type: "object" } };
    },
    code: "request-property-removed",
    level: "breaking",
    verdict: "major",
    also: ["request-media-type-added", "export-removed"],
  },
  "a required request property added": {
    after: (d) => {
      body(d).properties.weight = { type: "number" };
      body(d).required.push("weight");
    },
    code: "request-property-added-required",
    level: "breaking",
    verdict: "major",
  },
  "an optional request property added": {
    after: (d) => {
      body(d).properties.weight = { type: "number" };
    },
    code: "request-property-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request property removed": {
    after: (d) => {
      delete body(d).properties.size;
    },
    code: "request-property-removed",
    level: "breaking",
    verdict: "major",
  },
  "a request property made required": {
    after: (d) => {
      body(d).required.push("size");
    },
    code: "request-property-required",
    level: "breaking",
    verdict: "major",
  },
  "a request property made optional": {
    after: (d) => {
      body(d).required = [];
    },
    code: "request-property-optional",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request object closed": {
    after: (d) => {
      body(d).additionalProperties = false;
    },
    code: "request-additional-properties-closed",
    level: "breaking",
    verdict: "major",
  },
  "a request type narrowed": {
    before: (d) => {
      body(d).properties.size.type = "number";
    },
    after: (d) => {
      body(d).properties.size.type = "integer";
    },
    code: "request-type-changed",
    level: "breaking",
    verdict: "major",
  },
  "a request type widened": {
    after: (d) => {
      body(d).properties.size.type = ["integer", "string"];
    },
    code: "request-type-widened",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request value no longer nullable": {
    before: (d) => {
      body(d).properties.size.type = ["integer", "null"];
    },
    after: (d) => {
      body(d).properties.size.type = "integer";
    },
    code: "request-nullable-removed",
    level: "breaking",
    verdict: "major",
  },
  "a request value made nullable": {
    after: (d) => {
      body(d).properties.size.type = ["integer", "null"];
    },
    code: "request-nullable-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request enum value removed": {
    after: (d) => {
      body(d).properties.color.enum = ["red"];
    },
    code: "request-enum-value-removed",
    level: "breaking",
    verdict: "major",
  },
  "a request enum value added": {
    after: (d) => {
      body(d).properties.color.enum = ["red", "green", "blue"];
    },
    code: "request-enum-value-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request enum dropped": {
    after: (d) => {
      delete body(d).properties.color.enum;
    },
    code: "request-enum-removed",
    level: "non-breaking",
    // The named enum (`UpdateWidgetParamsColor`, enums.js) is no longer exported.
    verdict: "major",
    also: ["export-removed"],
  },
  "a request enum closed": {
    before: (d) => {
      body(d).properties.color["x-open-enum"] = true;
    },
    after: (d) => {
      delete body(d).properties.color["x-open-enum"];
    },
    code: "request-enum-closed",
    level: "breaking",
    verdict: "major",
  },
  "a request enum opened": {
    after: (d) => {
      body(d).properties.color["x-open-enum"] = true;
    },
    code: "request-enum-opened",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request bound tightened": {
    after: (d) => {
      body(d).properties.name.maxLength = 50;
    },
    code: "request-bound-tightened",
    level: "breaking",
    verdict: "major",
  },
  "a request minimum added": {
    after: (d) => {
      body(d).properties.size.minimum = 1;
    },
    code: "request-bound-tightened",
    level: "breaking",
    verdict: "major",
  },
  "a request bound loosened": {
    after: (d) => {
      body(d).properties.name.maxLength = 200;
    },
    code: "request-bound-loosened",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request pattern added": {
    after: (d) => {
      body(d).properties.name.pattern = "^[a-z]+$";
    },
    code: "request-pattern-added",
    level: "breaking",
    verdict: "major",
  },
  "a request pattern changed": {
    before: (d) => {
      body(d).properties.name.pattern = "^[a-z]+$";
    },
    after: (d) => {
      body(d).properties.name.pattern = "^[a-z0-9]+$";
    },
    code: "request-pattern-changed",
    level: "breaking",
    verdict: "major",
  },
  "a request pattern removed": {
    before: (d) => {
      body(d).properties.name.pattern = "^[a-z]+$";
    },
    after: (d) => {
      delete body(d).properties.name.pattern;
    },
    code: "request-pattern-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request format added": {
    after: (d) => {
      body(d).properties.name.format = "email";
    },
    code: "request-format-changed",
    level: "breaking",
    verdict: "major",
  },
  "a request format removed": {
    before: (d) => {
      body(d).properties.name.format = "email";
    },
    after: (d) => {
      delete body(d).properties.name.format;
    },
    code: "request-format-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a request alternative removed": {
    before: (d) => {
      body(d).properties.size = { anyOf: [{ type: "integer" }, { type: "string" }] };
    },
    after: (d) => {
      body(d).properties.size = { anyOf: [{ type: "integer" }] };
    },
    code: "request-variant-removed",
    level: "breaking",
    verdict: "major",
  },
  "a request alternative added": {
    before: (d) => {
      body(d).properties.size = { anyOf: [{ type: "integer" }] };
    },
    after: (d) => {
      body(d).properties.size = { anyOf: [{ type: "integer" }, { type: "string" }] };
    },
    code: "request-variant-added",
    level: "non-breaking",
    verdict: "minor",
  },
  // Response
  "the success response removed": {
    before: (d) => {
      op(d).responses["201"] = { description: "Created." };
    },
    after: (d) => {
      delete op(d).responses["200"];
    },
    code: "response-status-removed",
    level: "breaking",
    verdict: "major",
    also: ["export-removed"],
  },
  "an error response removed": {
    after: (d) => {
      delete op(d).responses["404"];
    },
    code: "response-error-status-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response status added": {
    after: (d) => {
      op(d).responses["409"] = { description: "Conflict." };
    },
    code: "response-status-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response body removed": {
    after: (d) => {
      delete ok(d).content;
    },
    code: "response-body-removed",
    level: "breaking",
    verdict: "major",
    also: ["export-removed"],
  },
  "a response body added": {
    after: (d) => {
      op(d).responses["404"].content = { "application/json": { schema: { type: "object" } } };
    },
    code: "response-body-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response media type changed": {
    after: (d) => {
      ok(d).content = { "application/xml": ok(d).content["application/json"] };
    },
    code: "response-media-type-changed",
    level: "breaking",
    verdict: "major",
  },
  "a response property removed": {
    after: (d) => {
      delete widget(d).properties.note;
    },
    code: "response-property-removed",
    level: "breaking",
    verdict: "major",
  },
  "a response property made optional": {
    after: (d) => {
      widget(d).required = ["id", "name"];
    },
    code: "response-property-optional",
    level: "breaking",
    verdict: "major",
  },
  "a response property made required": {
    after: (d) => {
      widget(d).required.push("note");
    },
    code: "response-property-required",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response property added": {
    after: (d) => {
      widget(d).properties.weight = { type: "number" };
    },
    code: "response-property-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response object opened": {
    before: (d) => {
      widget(d).additionalProperties = false;
    },
    after: (d) => {
      widget(d).additionalProperties = true;
    },
    code: "response-additional-properties-opened",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response property made nullable": {
    after: (d) => {
      widget(d).properties.note.type = ["string", "null"];
    },
    code: "response-nullable-added",
    level: "breaking",
    verdict: "major",
  },
  "a response property no longer nullable": {
    before: (d) => {
      widget(d).properties.note.type = ["string", "null"];
    },
    after: (d) => {
      widget(d).properties.note.type = "string";
    },
    code: "response-nullable-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response type changed": {
    after: (d) => {
      widget(d).properties.note.type = "integer";
    },
    code: "response-type-changed",
    level: "breaking",
    verdict: "major",
  },
  "a response type narrowed": {
    before: (d) => {
      widget(d).properties.note.type = ["string", "integer"];
    },
    after: (d) => {
      widget(d).properties.note.type = "string";
    },
    code: "response-type-narrowed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a value added to a closed response enum": {
    after: (d) => {
      widget(d).properties.status.enum.push("deleted");
    },
    code: "response-enum-value-added",
    level: "breaking",
    verdict: "major",
  },
  "a value added to an open response enum": {
    after: (d) => {
      widget(d).properties.kind.enum.push("c");
    },
    code: "response-open-enum-value-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response enum value removed": {
    after: (d) => {
      widget(d).properties.status.enum = ["active"];
    },
    code: "response-enum-value-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response enum dropped": {
    after: (d) => {
      delete widget(d).properties.status.enum;
    },
    code: "response-enum-removed",
    level: "breaking",
    verdict: "major",
    also: ["export-removed"],
  },
  "a response value restricted to an enum": {
    after: (d) => {
      widget(d).properties.note.enum = ["x", "y"];
    },
    code: "response-enum-added",
    level: "non-breaking",
    verdict: "minor",
    also: ["export-added"],
  },
  "a response enum opened": {
    after: (d) => {
      widget(d).properties.status["x-open-enum"] = true;
    },
    code: "response-enum-opened",
    level: "breaking",
    verdict: "major",
  },
  "a response enum closed": {
    after: (d) => {
      delete widget(d).properties.kind["x-open-enum"];
    },
    code: "response-enum-closed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response bound changed": {
    after: (d) => {
      widget(d).properties.name.maxLength = 10;
    },
    code: "response-bound-changed",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response format changed": {
    before: (d) => {
      widget(d).properties.note.format = "date";
    },
    after: (d) => {
      widget(d).properties.note.format = "date-time";
    },
    code: "response-format-changed",
    level: "breaking",
    verdict: "major",
  },
  "a response format added": {
    after: (d) => {
      widget(d).properties.note.format = "date";
    },
    code: "response-format-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "a response alternative added": {
    before: (d) => {
      widget(d).properties.note = { anyOf: [{ type: "string" }, { type: "integer" }] };
    },
    after: (d) => {
      widget(d).properties.note = {
        anyOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }],
      };
    },
    code: "response-variant-added",
    level: "breaking",
    verdict: "major",
  },
  "a response alternative removed": {
    before: (d) => {
      widget(d).properties.note = { anyOf: [{ type: "string" }, { type: "integer" }] };
    },
    after: (d) => {
      widget(d).properties.note = { anyOf: [{ type: "string" }] };
    },
    code: "response-variant-removed",
    level: "non-breaking",
    verdict: "minor",
  },
  // Generated public API
  "a component schema removed": {
    before: (d) => {
      d.components.schemas.Gadget = { type: "object" };
    },
    after: (d) => {
      delete d.components.schemas.Gadget;
    },
    code: "export-removed",
    level: "breaking",
    verdict: "major",
  },
  "a component schema renamed": {
    after: (d) => {
      d.components.schemas.Gizmo = widget(d);
      delete d.components.schemas.Widget;
      ok(d).content["application/json"].schema.$ref = "#/components/schemas/Gizmo";
    },
    code: "export-renamed",
    level: "breaking",
    verdict: "major",
  },
  "an operationId changed (type and validator names follow it)": {
    after: (d) => {
      op(d).operationId = "ModifyWidget";
      // The method keeps its name (`widgets.update`): only the derived names change.
      op(d)["x-method-name"] = "update";
    },
    code: "export-renamed",
    level: "breaking",
    verdict: "major",
  },
  "a component schema added": {
    after: (d) => {
      d.components.schemas.Gadget = { type: "object" };
    },
    code: "export-added",
    level: "non-breaking",
    verdict: "minor",
  },
  "the package name changed": {
    after: (d) => {
      d.info.title = "Gadgets";
    },
    code: "package-name-changed",
    level: "breaking",
    verdict: "major",
  },
  // Documentation
  "a description changed": {
    after: (d) => {
      widget(d).properties.name.description = "The widget's name.";
    },
    code: "description-changed",
    level: "info",
    verdict: "patch",
  },
  "a property deprecated": {
    after: (d) => {
      widget(d).properties.note.deprecated = true;
    },
    code: "deprecated",
    level: "non-breaking",
    verdict: "minor",
  },
};

afterAll(cleanUp);

describe("diff rules", () => {
  it.each(Object.entries(cases))("%s", async (_name, c) => {
    const base = baseDoc();
    c.before?.(base);
    const head = structuredClone(base);
    c.after(head);
    const changes = await diffDocs(base, head);
    const found = changes.find((x) => x.code === c.code);
    expect(found, JSON.stringify(changes, null, 2)).toBeDefined();
    expect(found?.level).toBe(c.level);
    expect(CHANGE_CATALOGUE[c.code].level).toBe(c.level);
    const allowed = new Set([c.code, ...(c.also ?? [])]);
    expect(changes.filter((x) => !allowed.has(x.code))).toEqual([]);
    expect(verdictOf(changes)).toBe(c.verdict);
  });

  it("has a case for every code in the catalogue", () => {
    const covered = new Set(Object.values(cases).map((c) => c.code));
    const missing = Object.keys(CHANGE_CATALOGUE).filter(
      (code) => !covered.has(code as ChangeCode),
    );
    expect(missing).toEqual([]);
  });

  it("finds nothing between a document and the same one with its keys in reverse order", async () => {
    const reverse = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverse);
      if (typeof value !== "object" || value === null) return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reverse(v)]),
      );
    };
    const changes = await diffDocs(baseDoc(), reverse(baseDoc()) as Doc);
    expect(changes).toEqual([]);
    expect(verdictOf(changes)).toBe("none");
  });

  it("does not count moving an inline schema behind a $ref, only the new exports and the enum's new name", async () => {
    const head = baseDoc();
    head.components.schemas.WidgetUpdate = body(head);
    op(head).requestBody.content["application/json"].schema = {
      $ref: "#/components/schemas/WidgetUpdate",
    };
    const changes = await diffDocs(baseDoc(), head);
    expect(changes.map((c) => c.message).sort()).toEqual([
      "enum `UpdateWidgetParamsColor` is now exported as `WidgetUpdateColor`",
      "type `WidgetUpdate` is newly exported",
      "validator `validateWidgetUpdate` is newly exported",
    ]);
  });

  it("judges one edit of a shared schema by direction: breaking where it is sent, not where it is read", async () => {
    const base = baseDoc();
    base.components.schemas.Color = { type: "string", enum: ["red", "green"] };
    body(base).properties.color = { $ref: "#/components/schemas/Color" };
    widget(base).properties.color = { $ref: "#/components/schemas/Color" };
    const head = structuredClone(base);
    head.components.schemas.Color.enum = ["red"];
    const changes = await diffDocs(base, head);
    expect(changes.map((c) => [c.code, c.level, c.pointer])).toEqual([
      ["request-enum-value-removed", "breaking", "/components/schemas/Color/enum"],
      ["response-enum-value-removed", "non-breaking", "/components/schemas/Color/enum"],
    ]);
  });

  it("compares a component schema no operation uses as a value clients read", async () => {
    const base = baseDoc();
    base.components.schemas.Event = {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, kind: { type: "string", enum: ["a"] } },
    };
    const head = structuredClone(base);
    delete head.components.schemas.Event.properties.id;
    head.components.schemas.Event.required = [];
    head.components.schemas.Event.properties.kind.enum.push("b");
    const changes = await diffDocs(base, head);
    expect(changes.map((c) => [c.code, c.pointer, c.operation])).toEqual([
      ["response-property-removed", "/components/schemas/Event/properties/id", undefined],
      ["response-enum-value-added", "/components/schemas/Event/properties/kind/enum", undefined],
    ]);
  });

  it("reads OpenAPI 3.0's nullable and allOf-wrapped references as what they mean", async () => {
    const base = baseDoc();
    base.openapi = "3.0.3";
    base.components.schemas.Owner = { type: "object", properties: { id: { type: "string" } } };
    widget(base).properties.owner = { $ref: "#/components/schemas/Owner" };
    const head = structuredClone(base);
    // The same reference, annotated and made nullable the 3.0 way.
    widget(head).properties.owner = {
      allOf: [{ $ref: "#/components/schemas/Owner" }],
      nullable: true,
      description: "Who owns it.",
    };
    const changes = await diffDocs(base, head);
    expect(changes.map((c) => c.code)).toEqual(["response-nullable-added"]);
  });
});
