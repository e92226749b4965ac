/** Building spec versions for the diff tests: a small base document, edited per case. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diffModels } from "../../generator/diff/compare-models.js";
import type { Change } from "../../generator/diff/changes.js";
import type { ApiModel } from "../../generator/model/types.js";
import { loadModel } from "../../generator/spec-model.js";

export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One operation with path/query parameters, a JSON body and a `Widget` response. */
export function baseDoc(): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "Widgets", version: "1.0.0" },
    security: [{ key: [] }],
    paths: {
      "/shops/{shop}/widgets/{id}": {
        post: {
          operationId: "UpdateWidget",
          tags: ["widgets"],
          parameters: [
            { name: "shop", in: "path", required: true, schema: { type: "string" } },
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "expand", in: "query", schema: { type: "string" } },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name"],
                  properties: {
                    name: { type: "string", maxLength: 100 },
                    color: { type: "string", enum: ["red", "green"] },
                    size: { type: "integer" },
                  },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "The widget.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } },
            },
            "404": { description: "Not found." },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        key: { type: "http", scheme: "bearer" },
        basic: { type: "http", scheme: "basic" },
      },
      schemas: {
        Widget: {
          type: "object",
          required: ["id", "name", "status"],
          properties: {
            id: { type: "string" },
            name: { type: "string", description: "The name." },
            status: { type: "string", enum: ["active", "archived"] },
            kind: { type: "string", enum: ["a", "b"], "x-open-enum": true },
            note: { type: "string" },
            tags: { type: "array", items: { type: "string" } },
          },
        },
      },
    },
  };
}

let dir: string | undefined;
let counter = 0;

export async function modelOf(doc: Doc): Promise<ApiModel> {
  dir ??= mkdtempSync(path.join(tmpdir(), "diff-test-"));
  const file = path.join(dir, `spec-${counter++}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const loaded = await loadModel(file);
  if (!loaded.model) {
    throw new Error(loaded.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n"));
  }
  return loaded.model;
}

export function cleanUp(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

export async function diffDocs(base: Doc, head: Doc): Promise<Change[]> {
  return diffModels(await modelOf(base), await modelOf(head));
}

/** Shortcuts into `baseDoc()`. */
export const op = (d: Doc): Doc => d.paths["/shops/{shop}/widgets/{id}"].post;
export const body = (d: Doc): Doc => op(d).requestBody.content["application/json"].schema;
export const widget = (d: Doc): Doc => d.components.schemas.Widget;
