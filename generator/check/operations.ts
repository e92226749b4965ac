/** Operation-level rules: unique operationIds, path template ⇄ path parameters. */
import { childPointer } from "../load/pointer.js";
import { HTTP_METHODS, derefLocal, isPlainObject, type JsonObject, type Reporter } from "./util.js";

interface OperationRef {
  readonly method: string;
  readonly path: string;
  readonly node: JsonObject;
  readonly pointer: string;
}

interface PathItemRef {
  readonly path: string;
  readonly node: JsonObject;
  readonly pointer: string;
  readonly templated: boolean;
}

/** Path items of `paths` (templated), `webhooks` and callbacks (not templated). */
function pathItems(document: JsonObject): PathItemRef[] {
  const items: PathItemRef[] = [];
  const add = (container: unknown, pointer: string, templated: boolean): void => {
    if (!isPlainObject(container)) return;
    for (const key of Object.keys(container)) {
      if (key.startsWith("x-")) continue;
      const { node, pointer: at } = derefLocal(
        document,
        container[key],
        childPointer(pointer, key),
      );
      if (isPlainObject(node)) items.push({ path: key, node, pointer: at, templated });
    }
  };
  add(document.paths, "/paths", true);
  add(document.webhooks, "/webhooks", false);
  return items;
}

function operationsOf(document: JsonObject, item: PathItemRef): OperationRef[] {
  const ops: OperationRef[] = [];
  for (const method of HTTP_METHODS) {
    const raw = item.node[method];
    if (raw === undefined) continue;
    const { node, pointer } = derefLocal(document, raw, childPointer(item.pointer, method));
    if (isPlainObject(node)) ops.push({ method, path: item.path, node, pointer });
  }
  return ops;
}

function label(op: OperationRef): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

export function checkOperations(document: JsonObject, reporter: Reporter): void {
  const byId = new Map<string, OperationRef>();
  const visitOperation = (op: OperationRef): void => {
    const id = op.node.operationId;
    if (typeof id !== "string") return;
    const first = byId.get(id);
    if (first) {
      reporter.report(
        "error",
        "duplicate-operation-id",
        `operationId "${id}" of ${label(op)} is already used by ${label(first)}`,
        childPointer(op.pointer, "operationId"),
      );
    } else byId.set(id, op);
  };
  const seenCallbacks = new Set<unknown>();
  const visitCallbacks = (op: OperationRef): void => {
    const callbacks = op.node.callbacks;
    if (!isPlainObject(callbacks)) return;
    for (const name of Object.keys(callbacks)) {
      const cb = derefLocal(
        document,
        callbacks[name],
        childPointer(childPointer(op.pointer, "callbacks"), name),
      );
      if (!isPlainObject(cb.node) || seenCallbacks.has(cb.node)) continue;
      seenCallbacks.add(cb.node);
      for (const expression of Object.keys(cb.node)) {
        if (expression.startsWith("x-")) continue;
        const item = derefLocal(
          document,
          cb.node[expression],
          childPointer(cb.pointer, expression),
        );
        if (!isPlainObject(item.node)) continue;
        const ref: PathItemRef = {
          path: expression,
          node: item.node,
          pointer: item.pointer,
          templated: false,
        };
        for (const inner of operationsOf(document, ref)) visitOperation(inner);
      }
    }
  };

  for (const item of pathItems(document)) {
    const ops = operationsOf(document, item);
    for (const op of ops) {
      visitOperation(op);
      visitCallbacks(op);
    }
    if (item.templated) checkPathParameters(document, item, ops, reporter);
  }
}

interface ParamRef {
  readonly name: string;
  readonly pointer: string;
}

function pathParams(document: JsonObject, list: unknown, pointer: string): Map<string, ParamRef> {
  const result = new Map<string, ParamRef>();
  if (!Array.isArray(list)) return result;
  list.forEach((raw, i) => {
    const at = childPointer(pointer, i);
    const { node } = derefLocal(document, raw, at);
    if (isPlainObject(node) && node.in === "path" && typeof node.name === "string") {
      result.set(node.name, { name: node.name, pointer: at });
    }
  });
  return result;
}

function checkPathParameters(
  document: JsonObject,
  item: PathItemRef,
  ops: readonly OperationRef[],
  reporter: Reporter,
): void {
  const template = new Set([...item.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
  const shared = pathParams(
    document,
    item.node.parameters,
    childPointer(item.pointer, "parameters"),
  );
  for (const p of shared.values()) {
    if (!template.has(p.name)) {
      reporter.report(
        "error",
        "unknown-path-parameter",
        `path parameter "${p.name}" is not in the path template ${item.path}`,
        p.pointer,
      );
    }
  }
  for (const op of ops) {
    const own = pathParams(document, op.node.parameters, childPointer(op.pointer, "parameters"));
    for (const p of own.values()) {
      if (!template.has(p.name)) {
        reporter.report(
          "error",
          "unknown-path-parameter",
          `path parameter "${p.name}" of ${label(op)} is not in the path template`,
          p.pointer,
        );
      }
    }
    for (const name of template) {
      if (!own.has(name) && !shared.has(name)) {
        reporter.report(
          "error",
          "undeclared-path-parameter",
          `path parameter "${name}" of ${label(op)} is not declared`,
          op.pointer,
          `Declare it under \`parameters\` with \`name: ${name}\`, \`in: path\` and \`required: true\`.`,
        );
      }
    }
  }
}
