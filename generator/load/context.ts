/**
 * What an OpenAPI 3.x node is, judged from its position: enough to tell schema positions (where a
 * `$ref` must stay a reference) from other objects (inlined) and from data (examples, defaults,
 * extensions: `$ref`s there are resolved leniently). Shared by the bundler and the checker.
 */

export type NodeKind =
  | "root"
  | "paths"
  | "pathItem"
  | "operation"
  | "parameterList"
  | "parameter"
  | "requestBody"
  | "responses"
  | "response"
  | "mediaTypeMap"
  | "mediaType"
  | "encodingMap"
  | "encoding"
  | "headerMap"
  | "header"
  | "exampleMap"
  | "example"
  | "linkMap"
  | "link"
  | "callbackMap"
  | "callback"
  | "pathItemMap"
  | "components"
  | "schemaMap"
  | "schemaList"
  | "schema"
  | "discriminator"
  | "mapping"
  | "parameterMap"
  | "responseMap"
  | "requestBodyMap"
  | "other"
  | "data"
  | "extension";

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

const SCHEMA_SINGLE = new Set([
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
]);
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "dependencies",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_DATA = new Set(["example", "examples", "default", "enum", "const"]);

const COMPONENT_SECTIONS: Record<string, NodeKind> = {
  schemas: "schemaMap",
  responses: "responseMap",
  parameters: "parameterMap",
  examples: "exampleMap",
  requestBodies: "requestBodyMap",
  headers: "headerMap",
  links: "linkMap",
  callbacks: "callbackMap",
  pathItems: "pathItemMap",
};

/** Kind of the child `key` of a node of kind `kind`; `inArray` when the parent node is an array. */
export function childKind(kind: NodeKind, key: string, inArray: boolean): NodeKind {
  if (kind === "data" || kind === "extension") return kind;
  if (!inArray && key.startsWith("x-") && !MAPS_OF_NAMES.has(kind)) return "extension";
  switch (kind) {
    case "root":
      if (key === "paths") return "paths";
      if (key === "webhooks") return "pathItemMap";
      if (key === "components") return "components";
      return "other";
    case "paths":
    case "pathItemMap":
      return "pathItem";
    case "pathItem":
      if (HTTP_METHODS.has(key)) return "operation";
      if (key === "parameters") return "parameterList";
      return "other";
    case "operation":
      if (key === "parameters") return "parameterList";
      if (key === "requestBody") return "requestBody";
      if (key === "responses") return "responses";
      if (key === "callbacks") return "callbackMap";
      return "other";
    case "parameterList":
    case "parameterMap":
      return "parameter";
    case "parameter":
    case "header":
      if (key === "schema") return "schema";
      if (key === "content") return "mediaTypeMap";
      if (key === "example") return "data";
      if (key === "examples") return "exampleMap";
      return "other";
    case "requestBody":
      return key === "content" ? "mediaTypeMap" : "other";
    case "requestBodyMap":
      return "requestBody";
    case "responses":
    case "responseMap":
      return "response";
    case "response":
      if (key === "headers") return "headerMap";
      if (key === "content") return "mediaTypeMap";
      if (key === "links") return "linkMap";
      return "other";
    case "mediaTypeMap":
      return "mediaType";
    case "mediaType":
      if (key === "schema") return "schema";
      if (key === "example") return "data";
      if (key === "examples") return "exampleMap";
      if (key === "encoding") return "encodingMap";
      return "other";
    case "encodingMap":
      return "encoding";
    case "encoding":
      return key === "headers" ? "headerMap" : "other";
    case "headerMap":
      return "header";
    case "exampleMap":
      return "example";
    case "example":
      return key === "value" ? "data" : "other";
    case "linkMap":
      return "link";
    case "link":
      return key === "parameters" || key === "requestBody" ? "data" : "other";
    case "callbackMap":
      return "callback";
    case "callback":
      return "pathItem";
    case "components":
      return COMPONENT_SECTIONS[key] ?? "other";
    case "schemaMap":
    case "schemaList":
      return "schema";
    case "schema":
      if (inArray) return "schema"; // `items: [...]` (draft 4 tuple form)
      if (SCHEMA_MAPS.has(key)) return "schemaMap";
      if (SCHEMA_LISTS.has(key)) return "schemaList";
      if (SCHEMA_SINGLE.has(key)) return "schema";
      if (key === "discriminator") return "discriminator";
      if (SCHEMA_DATA.has(key)) return "data";
      if (key === "xml" || key === "externalDocs") return "other";
      return "data";
    case "discriminator":
      return key === "mapping" ? "mapping" : "other";
    case "mapping":
      return "data";
    case "other":
      return "other";
  }
}

/** Maps whose keys are names chosen by the author (a key `x-foo` is a name, not an extension). */
const MAPS_OF_NAMES = new Set<NodeKind>([
  "pathItemMap",
  "schemaMap",
  "parameterMap",
  "responseMap",
  "requestBodyMap",
  "headerMap",
  "exampleMap",
  "linkMap",
  "callbackMap",
  "mediaTypeMap",
  "encodingMap",
  "mapping",
]);

/** True where values are data (examples, defaults, extensions): `$ref`s there are best effort. */
export function isDataKind(kind: NodeKind): boolean {
  return kind === "data" || kind === "extension";
}
