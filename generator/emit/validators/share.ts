/**
 * One schema for each subschema that the validators' own root schemas (requests, inline
 * responses) repeat. Real specs write the same inline schema many times: the create, update
 * and confirm requests of one resource repeat the same nested parameters, and dozens of list
 * requests take the same `created` range. Each repeated subschema that ajv would not inline
 * anyway (`inlineRef`), and is more than a bare `$ref`, is moved to a shared slot and replaced by
 * a `$ref` to it, so its code is one function; two identical roots become one validator exported
 * under both names.
 *
 * Identity is structural (same keywords, same values, same key order) and computed bottom-up, so
 * the walk is linear in the size of the schemas. Component schemas are not touched: their code
 * and error `schemaPath`s stay those of the spec.
 */
import { inlineRef } from "ajv/dist/compile/resolve.js";
import { LIST, MAP, SINGLE, setOwn } from "./schema-walk.js";

type SchemaObject = { [keyword: string]: unknown };

export interface Shared {
  /** The shared schemas, by slot number. */
  readonly slots: unknown[];
  /** Roots whose schema equals an earlier root's: name → that root's name. */
  readonly sameAs: ReadonlyMap<string, string>;
}

/**
 * Rewrites `roots` in place. `refTo(slot)` is the `$ref` of a shared slot; `inline` is ajv's
 * `inlineRefs` setting.
 */
export function shareRepeated(
  roots: Map<string, unknown>,
  refTo: (slot: number) => string,
  inline: boolean | number,
): Shared {
  const ids = new Identities();
  const rootIds = new Map<string, number>();
  for (const [name, schema] of roots) rootIds.set(name, ids.of(schema));
  for (const schema of roots.values()) ids.count(schema, true);

  const sameAs = new Map<string, string>();
  const firstRoot = new Map<number, string>();
  for (const [name, id] of rootIds) {
    const first = firstRoot.get(id);
    if (first === undefined) firstRoot.set(id, name);
    else sameAs.set(name, first);
  }

  // Candidates: repeated and not inlined by ajv. A candidate inside a shared one is counted once
  // for it, as it will be printed once: one that then occurs only once stays in place.
  const candidates = new Map<number, boolean>();
  const candidate = (node: SchemaObject, id: number): boolean => {
    let is = candidates.get(id);
    if (is === undefined) {
      is = ids.uses(id) >= 2 && !inlineRef(node, inline) && !isBareRef(node);
      candidates.set(id, is);
    }
    return is;
  };
  const printed = new Map<number, number>();
  const countPrinted = (schema: unknown): void =>
    forEachSubschema(schema, (node) => {
      const id = ids.of(node);
      if (!candidate(node, id)) return countPrinted(node);
      const seen = printed.get(id) ?? 0;
      printed.set(id, seen + 1);
      if (seen === 0) countPrinted(node);
    });
  for (const [name, schema] of roots) if (!sameAs.has(name)) countPrinted(schema);

  const slots: unknown[] = [];
  const slotOf = new Map<number, number>();
  const visit = (schema: unknown): void =>
    forEachSubschema(schema, (node, replace) => {
      const id = ids.of(node);
      if (!candidate(node, id) || (printed.get(id) ?? 0) < 2) {
        visit(node);
        return;
      }
      let slot = slotOf.get(id);
      if (slot === undefined) {
        slot = slots.length;
        slotOf.set(id, slot);
        slots.push(node);
        visit(node);
      }
      replace({ $ref: refTo(slot) });
    });
  for (const [name, schema] of roots) if (!sameAs.has(name)) visit(schema);
  return { slots, sameAs };
}

/** Structural ids, bottom-up, and how many times each id occurs as a subschema. */
class Identities {
  private readonly byNode = new Map<object, number>();
  private readonly bySignature = new Map<string, number>();
  private readonly counts: number[] = [];

  of(schema: unknown): number {
    if (typeof schema !== "object" || schema === null) return this.intern(JSON.stringify(schema));
    const known = this.byNode.get(schema);
    if (known !== undefined) return known;
    const shallow: unknown[] = [];
    for (const key of Object.keys(schema)) {
      const value = (schema as SchemaObject)[key];
      if (SINGLE.has(key)) shallow.push(key, this.of(value));
      else if (MAP.has(key) && isObject(value))
        shallow.push(
          key,
          Object.keys(value).map((name) => [name, this.of(value[name])]),
        );
      else if (LIST.has(key) && Array.isArray(value))
        shallow.push(
          key,
          value.map((item) => this.of(item)),
        );
      else shallow.push(key, value);
    }
    const id = this.intern(JSON.stringify(shallow));
    this.byNode.set(schema, id);
    return id;
  }

  /** Counts the subschemas of `schema` (and `schema` itself unless it is a root). */
  count(schema: unknown, root = false): void {
    if (!root) {
      const id = this.of(schema);
      this.counts[id] = (this.counts[id] ?? 0) + 1;
    }
    forEachSubschema(schema, (node) => this.count(node));
  }

  uses(id: number): number {
    return this.counts[id] ?? 0;
  }

  private intern(signature: string): number {
    let id = this.bySignature.get(signature);
    if (id === undefined) {
      id = this.bySignature.size;
      this.bySignature.set(signature, id);
    }
    return id;
  }
}

/** Calls `visit` with each direct subschema (objects only) and a function that replaces it. */
function forEachSubschema(
  schema: unknown,
  visit: (node: SchemaObject, replace: (value: unknown) => void) => void,
): void {
  if (!isObject(schema)) return;
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (SINGLE.has(key)) {
      if (isObject(value)) visit(value, (next) => setOwn(schema, key, next));
    } else if (MAP.has(key) && isObject(value)) {
      for (const name of Object.keys(value)) {
        const node = value[name];
        if (isObject(node)) visit(node, (next) => setOwn(value, name, next));
      }
    } else if (LIST.has(key) && Array.isArray(value)) {
      value.forEach((node: unknown, index) => {
        if (isObject(node)) visit(node, (next) => (value[index] = next));
      });
    }
  }
}

/**
 * `{$ref}` alone is already one function, its target's. As a slot it was worse than useless: ajv
 * resolves a pointer to a bare `$ref` into a second environment of the target and compiles the
 * target twice (7 schemas, 70 kB on a 365-path public spec).
 */
function isBareRef(node: SchemaObject): boolean {
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === "$ref";
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
