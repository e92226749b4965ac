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
    // An object body's properties sit in `params`; any other body is `params.body`.
    const shape = (merged: boolean): string =>
      merged ? "its properties in `params`" : "`params.body`";
    const text = `the body is now passed as ${shape(h.merged)} (was ${shape(b.merged)})`;
    record(scope, "request-body-shape-changed", at, text);
  }
  if (b.description !== h.description) {
    record(scope, "description-changed", at, "the request body's description changed");
  }
  // The client sends one media type, and its schema is the params type: the one sent before is
  // compared with the one sent now (even when the head prefers a new type), then each other
  // media type both versions list with itself.
  const common = h.mediaTypes.filter((t) => b.mediaTypes.includes(t));
  const sent = [b.mediaType, h.mediaType];
  const pairs: [string, string][] = [
    [b.mediaType, h.mediaType],
    ...common.filter((t) => !sent.includes(t)).map((t): [string, string] => [t, t]),
  ];
  for (const [bt, ht] of pairs) {
    const site = (scope: Scope["base"], body: RequestBodyModel, type: string) => {
      const pointer = schemaPointer(body, type);
      return { schema: getAtPointer(scope.normalisedDocument, pointer) ?? {}, pointer };
    };
    const label = bt === ht ? bt : `${ht}, was ${bt}`;
    const where =
      pairs.length > 1 || bt !== ht ? `the request body (${label})` : "the request body";
    compareSchemas(scope, site(scope.base, b, bt), site(scope.head, h, ht), {
      direction: "request",
      where,
    });
  }
}
