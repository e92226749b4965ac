/**
 * Type expressions for an operation's parts, as indexed access into openapi-typescript's `paths`.
 * The client emitter and the named type aliases both use these, so they always agree.
 */
import type { OperationModel, ResponseModel } from "../model/types.js";
import { stringLiteral } from "./text.js";

export function operationType(op: OperationModel): string {
  return `paths[${stringLiteral(op.path)}][${stringLiteral(op.method)}]`;
}

/** Header parameters that travel in `params` (those without `x-client-option`). */
export function paramHeaders(op: OperationModel): OperationModel["headerParams"] {
  return op.headerParams.filter((p) => p.clientOption === undefined);
}

/** Parts of the `params` argument, each a type expression; empty when the method takes none. */
export function paramsParts(op: OperationModel): string[] {
  const base = operationType(op);
  const parts: string[] = [];
  if (op.queryParams.length > 0) parts.push(`NonNullable<${base}["parameters"]["query"]>`);
  const headers = paramHeaders(op);
  if (headers.length > 0) {
    const optionHeaders = op.headerParams.filter((p) => p.clientOption !== undefined);
    const header = `NonNullable<${base}["parameters"]["header"]>`;
    parts.push(
      optionHeaders.length > 0
        ? `Omit<${header}, ${optionHeaders.map((p) => stringLiteral(p.name)).join(" | ")}>`
        : header,
    );
  }
  if (op.cookieParams.length > 0) parts.push(`NonNullable<${base}["parameters"]["cookie"]>`);
  const body = op.requestBody;
  if (body) {
    const content = `NonNullable<${base}["requestBody"]>["content"][${stringLiteral(body.mediaType)}]`;
    parts.push(body.merged ? content : `{ body${body.required ? "" : "?"}: ${content} }`);
  }
  return parts;
}

/** True when a call may omit `params`. */
export function paramsOptional(op: OperationModel): boolean {
  const requiredParam = [...op.queryParams, ...paramHeaders(op), ...op.cookieParams].some(
    (p) => p.required,
  );
  return !requiredParam && !(op.requestBody?.required ?? false);
}

/** The response a method resolves to: the first 2xx (exact, then range), else the default. */
export function successResponse(op: OperationModel): ResponseModel | undefined {
  return (
    op.responses.find((r) => /^2\d\d$/.test(r.status)) ??
    op.responses.find((r) => /^2XX$/i.test(r.status))
  );
}

export function responseType(op: OperationModel): string {
  const response = successResponse(op);
  if (!response || response.mediaType === undefined || response.schema === undefined) {
    return "void";
  }
  return `${operationType(op)}["responses"][${stringLiteral(response.status)}]["content"][${stringLiteral(response.mediaType)}]`;
}
