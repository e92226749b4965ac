/**
 * Responses of one operation, matched by status. A removed success (2xx) response is breaking;
 * a removed error response is not (the client's error handling still covers it).
 */
import { escapePointer, getAtPointer, isObject } from "../model/resolve.js";
import type { ApiModel, OperationModel, ResponseModel } from "../model/types.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";
import { compareSchemas } from "./schema/compare.js";

const isSuccess = (status: string): boolean => /^2/.test(status);

export function compareResponses(scope: Scope, base: OperationModel, head: OperationModel): void {
  const after = new Map(head.responses.map((r) => [r.status, r]));
  const before = new Map(base.responses.map((r) => [r.status, r]));
  for (const r of base.responses) {
    const h = after.get(r.status);
    if (h) compareResponse(scope, r, h);
    else if (isSuccess(r.status)) {
      record(
        scope,
        "response-status-removed",
        inBase(r.pointer),
        `response ${r.status} was removed`,
      );
    } else {
      const text = `response ${r.status} was removed`;
      record(scope, "response-error-status-removed", inBase(r.pointer), text);
    }
  }
  for (const r of head.responses.filter((x) => !before.has(x.status))) {
    record(scope, "response-status-added", inHead(r.pointer), `response ${r.status} was added`);
  }
}

function compareResponse(scope: Scope, b: ResponseModel, h: ResponseModel): void {
  const where = `response ${h.status}`;
  if (b.description !== h.description) {
    record(scope, "description-changed", inHead(h.pointer), `${where}: description changed`);
  }
  if (b.schema !== undefined && h.schema === undefined) {
    record(
      scope,
      "response-body-removed",
      inBase(`${b.pointer}/content`),
      `${where} no longer has a body`,
    );
    return;
  }
  if (b.schema === undefined && h.schema !== undefined) {
    record(scope, "response-body-added", inHead(`${h.pointer}/content`), `${where} now has a body`);
    return;
  }
  if (b.schema === undefined || h.schema === undefined) return;
  // The client reads the base's media type: fine as long as the new version still lists it.
  const type = b.mediaType ?? "";
  const headTypes = mediaTypes(scope.head, h);
  if (!headTypes.includes(type)) {
    const text = `${where}: media type ${code(type)} → ${headTypes.map(code).join(", ")}`;
    record(scope, "response-media-type-changed", inHead(`${h.pointer}/content`), text);
  }
  const site = (model: ApiModel, r: ResponseModel, mediaType: string) => {
    const pointer = `${r.pointer}/content/${escapePointer(mediaType)}/schema`;
    return { schema: getAtPointer(model.normalisedDocument, pointer) ?? {}, pointer };
  };
  const headType = headTypes.includes(type) ? type : (h.mediaType ?? "");
  compareSchemas(scope, site(scope.base, b, type), site(scope.head, h, headType), {
    direction: "response",
    where,
  });
}

function mediaTypes(model: ApiModel, r: ResponseModel): string[] {
  const content = getAtPointer(model.normalisedDocument, `${r.pointer}/content`);
  return isObject(content) ? Object.keys(content) : [];
}
