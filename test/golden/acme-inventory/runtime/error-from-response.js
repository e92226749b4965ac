// Generated from acme-inventory.yaml — do not edit.
import { statusErrorClass } from "./errors.js";
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** The value at a dotted path (`error.type`), or undefined. */
export function valueAt(body, path) {
  let node = body;
  for (const key of path.split(".")) {
    if (!isRecord(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = node[key];
  }
  return node;
}
function str(value) {
  return typeof value === "string" ? value : undefined;
}
/** A string at the declared path, else at the top level, else under `error`. */
function field(body, declared, name) {
  if (declared !== undefined) return str(valueAt(body, declared));
  return str(valueAt(body, name)) ?? str(valueAt(body, `error.${name}`));
}
function isProblem(body, headers) {
  if (!isRecord(body)) return false;
  if (/\bproblem\+json\b/i.test(headers["content-type"] ?? "")) return true;
  return typeof body.title === "string" && (typeof body.status === "number" || "detail" in body);
}
/** The entry for `status` in a status table: exact (`"404"`), then its range (`"4XX"`). */
export function byStatus(table, status) {
  if (!table) return undefined;
  return table[String(status)] ?? table[`${Math.floor(status / 100)}XX`];
}
export function errorClassFor(mapping, status, type) {
  const byType = type === undefined ? undefined : mapping.byType?.[type];
  return (
    byStatus(mapping.byStatusFirst, status) ??
    byType ??
    byStatus(mapping.byStatus, status) ??
    statusErrorClass(status)
  );
}
function problemFields(body) {
  const out = {};
  for (const key of ["title", "detail", "instance"]) {
    const value = str(body[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
function declaredFields(mapping, body) {
  const out = {};
  for (const [name, path] of Object.entries(mapping.fields ?? {})) {
    const value = valueAt(body, path);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
export function errorFromResponse(mapping, r) {
  const { body, status } = r;
  const problem = isProblem(body, r.headers) ? body : undefined;
  // OAuth 2.0 (RFC 6749 §5.2): { error: "invalid_grant", error_description: "…" }
  const oauth = isRecord(body) && typeof body.error === "string" ? body : undefined;
  const type =
    (mapping.typeField === undefined ? undefined : str(valueAt(body, mapping.typeField))) ??
    str(problem?.type) ??
    str(oauth?.error);
  const message =
    (mapping.messageField === undefined ? undefined : str(valueAt(body, mapping.messageField))) ??
    str(problem?.detail) ??
    str(problem?.title) ??
    str(oauth?.error_description) ??
    field(body, undefined, "message") ??
    `Request failed with status ${status}`;
  const Class = errorClassFor(mapping, status, type);
  return new Class(message, {
    status,
    type,
    code: field(body, mapping.codeField, "code"),
    param: field(body, mapping.paramField, "param"),
    requestId: r.requestId,
    body,
    headers: r.headers,
    fields: { ...(problem ? problemFields(problem) : {}), ...declaredFields(mapping, body) },
  });
}
