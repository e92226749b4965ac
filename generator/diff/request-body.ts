/** The request body of one operation: presence, required, media types, call shape, schema. */
import { escapePointer, getAtPointer } from "../model/resolve.js";
import type { OperationModel, RequestBodyModel } from "../model/types.js";
import { code, inBase, inHead, record, type Scope } from "./scope.js";
import { compareSchemas } from "./schema/compare.js";

const schemaPointer = (body: RequestBodyModel, mediaType: string): string =>
  `${body.pointer}/content/${escapePointer(mediaType)}/schema`;

export function compareRequestBody(scope: Scope, base: OperationModel, head: OperationModel): void {
  const b = base.requestBody;
  const h = head.requestBody;
  if (!b && !h) return;
  if (b && !h) {
    record(scope, "request-body-removed", inBase(b.pointer), "the request body was removed");
    return;
  }
  if (!b && h) {
    const c = h.required ? "request-body-added-required" : "request-body-added";
    const kind = h.required ? "required" : "optional";
    record(scope, c, inHead(h.pointer), `a request body was added (${kind})`);
    return;
  }
  if (b && h) compareBodies(scope, b, h);
}

function compareBodies(scope: Scope, b: RequestBodyModel, h: RequestBodyModel): void {
  const at = inHead(h.pointer);
  if (!b.required && h.required) {
    record(scope, "request-body-required", at, "the request body is now required");
  } else if (b.required && !h.required) {
    record(scope, "request-body-optional", at, "the request body is now optional");
  }
  for (const type of b.mediaTypes.filter((t) => !h.mediaTypes.includes(t))) {
    const where = inBase(`${b.pointer}/content/${escapePointer(type)}`);
    record(
      scope,
      "request-media-type-removed",
      where,
      `request media type ${code(type)} was removed`,
    );
  }
  for (const type of h.mediaTypes.filter((t) => !b.mediaTypes.includes(t))) {
    const where = inHead(`${h.pointer}/content/${escapePointer(type)}`);
    record(scope, "request-media-type-added", where, `request media type ${code(type)} was added`);
  }
  if (b.merged !== h.merged) {
    const shape = (merged: boolean): string => (merged ? "merged into `params`" : "`params.body`");
    const text = `the body is now passed as ${shape(h.merged)} (was ${shape(b.merged)})`;
    record(scope, "request-body-shape-changed", at, text);
  }
  if (b.description !== h.description) {
    record(scope, "description-changed", at, "the request body's description changed");
  }
  // Each media type both versions list is compared with itself (the one the client sends first).
  const common = h.mediaTypes.filter((t) => b.mediaTypes.includes(t));
  const ordered = [h.mediaType, ...common.filter((t) => t !== h.mediaType)];
  for (const type of ordered.filter((t) => common.includes(t))) {
    const site = (scope: Scope["base"], body: RequestBodyModel) => {
      const pointer = schemaPointer(body, type);
      return { schema: getAtPointer(scope.normalisedDocument, pointer) ?? {}, pointer };
    };
    const where = common.length > 1 ? `the request body (${type})` : "the request body";
    compareSchemas(scope, site(scope.base, b), site(scope.head, h), {
      direction: "request",
      where,
    });
  }
}
