/** Helpers shared by the checks: diagnostics at bundled pointers, local `$ref` resolution. */
import type { Diagnostic, DiagnosticCode, Severity } from "../diagnostics.js";
import { sourceOf } from "../load.js";
import { childKind, type NodeKind } from "../load/context.js";
import { parsePointer } from "../load/pointer.js";
import type { LoadedSpec } from "../spec-source.js";

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly spec: LoadedSpec) {}

  /** Report at a pointer of the bundled document (mapped back to its file). */
  report(
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    pointer: string,
    hint?: string,
  ): void {
    const key = `${code}\u0000${pointer}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const source = sourceOf(this.spec, pointer);
    this.diagnostics.push({
      code,
      severity,
      message,
      pointer: source?.pointer ?? pointer,
      ...(source ? { position: source.position } : {}),
      ...(hint ? { hint } : {}),
    });
  }
}

/** Follow local `$ref`s (`#/...`) from `node`; returns the target and its pointer. */
export function derefLocal(
  document: unknown,
  node: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  let current = node;
  let currentPointer = pointer;
  for (let i = 0; i < 32 && isPlainObject(current) && typeof current.$ref === "string"; i++) {
    const ref = current.$ref;
    if (!ref.startsWith("#")) break;
    let fragment = ref.slice(1);
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // keep as written
    }
    const target = getAt(document, parsePointer(fragment));
    if (target === undefined) break;
    current = target;
    currentPointer = fragment;
  }
  return { node: current, pointer: currentPointer };
}

export function getAt(document: unknown, segments: readonly string[]): unknown {
  let current = document;
  for (const seg of segments) {
    if (Array.isArray(current)) current = current[Number(seg)];
    else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, seg))
      current = current[seg];
    else return undefined;
  }
  return current;
}

/** The kind (schema, parameter, …) of the node at a pointer of the bundled document. */
export function kindOfPointer(document: unknown, pointer: string): NodeKind {
  let kind: NodeKind = "root";
  let current = document;
  for (const seg of parsePointer(pointer)) {
    kind = childKind(kind, seg, Array.isArray(current));
    current = Array.isArray(current)
      ? current[Number(seg)]
      : isPlainObject(current)
        ? current[seg]
        : undefined;
  }
  return kind;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
