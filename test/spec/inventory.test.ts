/**
 * The spec covers the seeds: every entry of the hand-written inventory (seed-inventory.ts) resolves
 * in spec/openapi.yaml (through `$ref`, anyOf/oneOf/allOf and array items) with the documented
 * type, nullability, enum and required-ness; and, the other way round, everything the spec declares
 * is in the inventory or in BEYOND_SEEDS with a reason.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  BEYOND_SEEDS,
  OPERATION_IDS,
  SEED_INVENTORY,
  type InventoryScope,
} from "./seed-inventory.js";

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

function deref(value: unknown, seen: readonly string[] = []): Node {
  if (!isNode(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  const ref = value.$ref;
  if (typeof ref !== "string") return value;
  if (seen.includes(ref)) throw new Error(`$ref cycle: ${[...seen, ref].join(" -> ")}`);
  let node: unknown = spec;
  for (const segment of ref.replace(/^#\//, "").split("/")) {
    const key = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    node = isNode(node) ? node[key] : undefined;
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return deref(node, [...seen, ref]);
}

/** The schema and everything it is made of: its allOf members and anyOf/oneOf alternatives. */
function parts(schema: unknown): Node[] {
  const node = deref(schema);
  return [
    node,
    ...asArray(node.allOf).flatMap(parts),
    ...asArray(node.anyOf).flatMap(parts),
    ...asArray(node.oneOf).flatMap(parts),
  ];
}

/** `{type: string, enum: [""]}`: the empty string that unsets a value in a form body. */
function isUnsetBranch(node: Node): boolean {
  const values = asArray(node.enum);
  return node.type === "string" && values.length === 1 && values[0] === "";
}

function typeSet(schema: unknown): Set<string> {
  const types = new Set<string>();
  for (const part of parts(schema)) {
    if (isUnsetBranch(part)) {
      types.add("unset");
      continue;
    }
    const declared = typeof part.type === "string" ? [part.type] : asArray(part.type);
    for (const type of declared) {
      types.add(type === "integer" && part.format === "unix-time" ? "timestamp" : String(type));
    }
    if (declared.length === 0 && "enum" in part) {
      for (const value of asArray(part.enum)) types.add(value === null ? "null" : typeof value);
    }
  }
  return types;
}

function enumValues(schema: unknown): string[] {
  return parts(schema)
    .filter((part) => !isUnsetBranch(part))
    .flatMap((part) => asArray(part.enum))
    .filter((value) => value !== null)
    .map(String)
    .sort();
}

interface Entry {
  readonly raw: string;
  readonly path: string;
  readonly location?: string;
  readonly types: readonly string[];
  readonly required: boolean;
  readonly requiredUnless?: readonly string[];
  readonly enum?: readonly string[];
  readonly open: boolean;
  readonly values?: string;
  readonly nullAllowed: boolean;
}

function parseEntry(raw: string): Entry {
  const match = /^([\w.[\]-]+)(?: \((path|query|header)\))?: ([\w|]+)((?:; [^;]+)*)$/.exec(raw);
  if (!match) throw new Error(`bad inventory entry: ${raw}`);
  const [, path = "", location, types = "", flagText = ""] = match;
  const flags = flagText.split("; ").slice(1);
  const entry: {
    -readonly [K in keyof Entry]: Entry[K];
  } = {
    raw,
    path,
    types: types.split("|").sort(),
    required: false,
    open: false,
    nullAllowed: false,
  };
  if (location) entry.location = location;
  for (const flag of flags) {
    const enumMatch = /^enum \[(.*)\]$/.exec(flag);
    if (flag === "required") entry.required = true;
    else if (flag === "open") entry.open = true;
    else if (flag === "null-allowed") entry.nullAllowed = true;
    else if (flag.startsWith("values ")) entry.values = flag.slice("values ".length);
    else if (flag.startsWith("required-unless ")) {
      entry.requiredUnless = flag.slice("required-unless ".length).split("+");
    } else if (enumMatch) entry.enum = (enumMatch[1] ?? "").split(", ").sort();
    else throw new Error(`unknown flag "${flag}" in: ${raw}`);
  }
  return entry;
}

function steps(path: string): string[] {
  return path
    .split(".")
    .flatMap((segment) => (segment.endsWith("[]") ? [segment.slice(0, -2), "[]"] : [segment]));
}

interface Resolved {
  readonly schema: unknown;
  /** Whether the parent declares it required (parameters: `required: true`). */
  readonly required: boolean;
}

function resolveInSchema(root: unknown, path: string): Resolved {
  let current: unknown = root;
  let required = false;
  const walked: string[] = [];
  for (const step of steps(path)) {
    walked.push(step);
    const candidates = parts(current);
    if (step === "[]") {
      const holder = candidates.find((part) => part.items !== undefined);
      if (!holder) throw new Error(`${walked.join(".")}: not an array`);
      current = holder.items;
      required = false;
      continue;
    }
    const holders = candidates.filter(
      (part) => isNode(part.properties) && part.properties[step] !== undefined,
    );
    const holder = holders[0];
    if (!holder || !isNode(holder.properties)) {
      throw new Error(`${walked.join(".")}: no such property`);
    }
    current = holder.properties[step];
    required = holders.some((part) => asArray(part.required).includes(step));
  }
  return { schema: current, required };
}

function sourceSchema(): Node {
  return deref(deref(deref(spec.components).schemas).Source);
}

interface OperationParts {
  readonly parameters: readonly Node[];
  readonly body?: unknown;
}

function findOperation(operationId: string): OperationParts {
  for (const pathItem of Object.values(deref(spec.paths))) {
    if (!isNode(pathItem)) continue;
    for (const [method, operation] of Object.entries(pathItem)) {
      if (method === "parameters" || !isNode(operation)) continue;
      if (operation.operationId !== operationId) continue;
      const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map(
        (parameter) => deref(parameter),
      );
      const requestBody = isNode(operation.requestBody) ? deref(operation.requestBody) : undefined;
      const content = isNode(requestBody?.content) ? requestBody.content : {};
      const media = content["application/x-www-form-urlencoded"];
      return { parameters, ...(isNode(media) ? { body: media.schema } : {}) };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

function resolveEntry(scope: InventoryScope, entry: Entry): Resolved {
  if (scope === "source") return resolveInSchema(sourceSchema(), entry.path);
  const operation = findOperation(OPERATION_IDS[scope]);
  if (entry.location) {
    const parameter = operation.parameters.find(
      (p) => p.name === entry.path && p.in === entry.location,
    );
    if (!parameter) throw new Error(`no ${entry.location} parameter ${entry.path}`);
    return { schema: parameter.schema, required: parameter.required === true };
  }
  if (operation.body === undefined) throw new Error("the operation has no form body");
  return resolveInSchema(operation.body, entry.path);
}

/** Every name the spec declares in a scope: parameters as `name (in)`, properties as paths. */
function declaredPaths(scope: InventoryScope): string[] {
  const found: string[] = [];
  const walk = (schema: unknown, prefix: string, depth: number): void => {
    if (depth > 12) throw new Error(`too deep at ${prefix}`);
    for (const part of parts(schema)) {
      if (isNode(part.properties)) {
        for (const [name, child] of Object.entries(part.properties)) {
          const path = prefix ? `${prefix}.${name}` : name;
          if (!found.includes(path)) found.push(path);
          walk(child, path, depth + 1);
        }
      }
      if (part.items !== undefined) {
        const path = `${prefix}[]`;
        if (!found.includes(path)) found.push(path);
        walk(part.items, path, depth + 1);
      }
    }
  };
  if (scope === "source") {
    walk(sourceSchema(), "", 0);
    return found;
  }
  const operation = findOperation(OPERATION_IDS[scope]);
  for (const parameter of operation.parameters) {
    found.push(`${String(parameter.name)} (${String(parameter.in)})`);
  }
  if (operation.body !== undefined) walk(operation.body, "", 0);
  return found;
}

function inventoryKey(entry: Entry): string {
  return entry.location ? `${entry.path} (${entry.location})` : entry.path;
}

function isBeyondSeeds(scope: InventoryScope, path: string): boolean {
  return Object.keys(BEYOND_SEEDS[scope]).some((allowed) =>
    allowed.endsWith(".*") ? path.startsWith(allowed.slice(0, -1)) : path === allowed,
  );
}

const scopes = Object.keys(SEED_INVENTORY) as InventoryScope[];

describe("seed inventory", () => {
  it("parses", () => {
    for (const scope of scopes) {
      const entries = SEED_INVENTORY[scope].map(parseEntry);
      const keys = entries.map(inventoryKey);
      expect(new Set(keys).size, `duplicate entries in ${scope}`).toBe(keys.length);
    }
  });

  describe.each(scopes)("%s", (scope) => {
    const entries = SEED_INVENTORY[scope].map(parseEntry);

    it.each(entries.map((entry) => [entry.raw, entry] as const))("%s", (_raw, entry) => {
      const { schema, required } = resolveEntry(scope, entry);
      const expectedTypes = entry.nullAllowed ? [...entry.types, "null"].sort() : entry.types;
      expect([...typeSet(schema)].sort(), "types").toEqual(expectedTypes);
      expect(required, "required").toBe(entry.required);
      expect(enumValues(schema), "enum").toEqual(entry.enum ? [...entry.enum] : []);
      const open = parts(schema).some((part) => part["x-open-enum"] === true);
      expect(open, "x-open-enum").toBe(entry.open);
      if (entry.values !== undefined) {
        const map = parts(schema).find((part) => isNode(part.additionalProperties));
        expect(map, "a map").toBeDefined();
        expect([...typeSet(map?.additionalProperties)], "map values").toEqual([entry.values]);
      }
      if (entry.requiredUnless) {
        const operation = findOperation(OPERATION_IDS[scope as keyof typeof OPERATION_IDS]);
        const conditions = parts(operation.body)
          .filter((part) => Array.isArray(part.anyOf))
          .map((part) => asArray(part.anyOf).map((branch) => asArray(deref(branch).required)));
        expect(conditions, "the anyOf condition").toContainEqual([
          [entry.path],
          [...entry.requiredUnless],
        ]);
      }
    });

    it("declares nothing the seeds do not list, except BEYOND_SEEDS", () => {
      const listed = new Set(entries.map(inventoryKey));
      const extra = declaredPaths(scope).filter(
        (path) => !listed.has(path) && !isBeyondSeeds(scope, path),
      );
      expect(extra).toEqual([]);
    });

    it("has no stale BEYOND_SEEDS entry", () => {
      const declared = declaredPaths(scope);
      for (const allowed of Object.keys(BEYOND_SEEDS[scope])) {
        const present = allowed.endsWith(".*")
          ? declared.some((path) => path.startsWith(allowed.slice(0, -1)))
          : declared.includes(allowed);
        expect(present, allowed).toBe(true);
      }
    });
  });

  it("covers every attribute of the seed JSON responses", () => {
    // Every key path of the seed responses, as carried by the spec's examples (create and retrieve
    // share one component example, so four distinct Source values), is in the inventory.
    const sourceKeys = new Set(SEED_INVENTORY.source.map((raw) => parseEntry(raw).path));
    const keyPaths = (value: unknown, prefix: string): string[] =>
      isNode(value)
        ? Object.entries(value).flatMap(([key, child]) => {
            const path = prefix ? `${prefix}.${key}` : key;
            return path === "metadata" ? [path] : [path, ...keyPaths(child, path)];
          })
        : [];
    const values: unknown[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (isNode(node)) {
        if (node.object === "source" && typeof node.id === "string") values.push(node);
        else Object.values(node).forEach(collect);
      }
    };
    collect(spec);
    expect(values.length).toBe(4);
    for (const value of values) {
      for (const path of keyPaths(value, "")) expect(sourceKeys.has(path), path).toBe(true);
    }
  });
});
