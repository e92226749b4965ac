/**
 * Component schemas no operation uses (webhook payloads, shared types a package exports): they
 * are still exported types, so they are compared too, as values clients read (the usual use of
 * such a type). Schemas operations use are compared where they are used, by direction.
 */
import { escapePointer, getAtPointer, isObject } from "../model/resolve.js";
import type { ApiModel } from "../model/types.js";
import { code, type Scope } from "./scope.js";
import { compareSchemas } from "./schema/compare.js";

const PREFIX = "#/components/schemas/";

/** Names of the component schemas reachable from the operations (through any `$ref` chain). */
function usedSchemas(model: ApiModel): Set<string> {
  const used = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(walk);
    const ref = (value as Record<string, unknown>)["$ref"];
    if (typeof ref === "string" && ref.startsWith(PREFIX)) {
      const name = decodeURIComponent(ref.slice(PREFIX.length))
        .replace(/~1/g, "/")
        .replace(/~0/g, "~");
      if (!used.has(name)) {
        used.add(name);
        walk(getAtPointer(model.normalisedDocument, ref));
      }
    }
    Object.values(value).forEach(walk);
  };
  for (const op of model.operations) {
    walk(getAtPointer(model.normalisedDocument, op.pointer));
    // Path-level parameters and $ref'd parameters/bodies/responses live outside the operation.
    [...op.pathParams, ...op.queryParams, ...op.headerParams, ...op.cookieParams].forEach((p) =>
      walk(p.schema),
    );
    walk(op.requestBody?.schema);
    if (op.requestBody) walk(getAtPointer(model.normalisedDocument, op.requestBody.pointer));
    op.responses.forEach((r) => walk(getAtPointer(model.normalisedDocument, r.pointer)));
  }
  return used;
}

export function compareUnusedComponents(scope: Scope): void {
  const usedBefore = usedSchemas(scope.base);
  const usedAfter = usedSchemas(scope.head);
  const after = new Map(scope.head.schemas.map((s) => [s.name, s]));
  for (const b of scope.base.schemas) {
    const h = after.get(b.name);
    if (!h || usedBefore.has(b.name) || usedAfter.has(b.name)) continue;
    if (!isObject(b.schema) && typeof b.schema !== "boolean") continue;
    const pointer = `/components/schemas/${escapePointer(b.name)}`;
    compareSchemas(
      scope,
      { schema: b.schema, pointer },
      { schema: h.schema, pointer },
      {
        direction: "response",
        where: `schema ${code(b.name)} (used by no operation: read by clients)`,
      },
    );
  }
}
