/**
 * What `diff` reports: a change has a stable code, and its level comes from the code's entry in
 * the catalogue (so a code never changes level from one run to the next). Request codes are about
 * what a client sends, response codes about what it reads: the same edit (a new enum value) is
 * harmless in one direction and breaking in the other.
 */

export type Level = "breaking" | "non-breaking" | "info";

/** Which version a change lives in: its pointer and position are read there. */
export type Side = "base" | "head";

interface Entry {
  readonly level: Level;
  readonly title: string;
}

const breaking = (title: string): Entry => ({ level: "breaking", title });
const nonBreaking = (title: string): Entry => ({ level: "non-breaking", title });
const info = (title: string): Entry => ({ level: "info", title });

export const CHANGE_CATALOGUE = {
  // Operations
  "operation-removed": breaking("An operation was removed"),
  "operation-added": nonBreaking("An operation was added"),
  "operation-method-changed": breaking("The HTTP method of an operation changed"),
  "operation-path-changed": breaking("The path of an operation changed"),
  "operation-path-parameter-order-changed": breaking(
    "Path parameters changed order (the generated method takes them positionally)",
  ),
  "operation-client-method-changed": breaking("The generated client group or method name changed"),
  "operation-security-added": breaking("An operation that needed no credentials now needs some"),
  "operation-security-stricter": breaking("An operation no longer accepts credentials it accepted"),
  "operation-security-loosened": nonBreaking("An operation accepts more kinds of credentials"),
  "operation-deprecated": nonBreaking("An operation was deprecated"),
  // Request: what a client sends
  "request-parameter-added-required": breaking("A required parameter was added"),
  "request-parameter-added": nonBreaking("An optional parameter was added"),
  "request-parameter-removed": breaking("A parameter was removed"),
  "request-parameter-required": breaking("An optional parameter became required"),
  "request-parameter-optional": nonBreaking("A required parameter became optional"),
  "request-parameter-serialisation-changed": breaking(
    "A parameter's style or explode changed (the wire format changed)",
  ),
  "request-parameter-client-option-changed": breaking(
    "A parameter moved into or out of the per-request options (x-client-option)",
  ),
  "request-body-added-required": breaking("A required request body was added"),
  "request-body-added": nonBreaking("An optional request body was added"),
  "request-body-removed": breaking("The request body was removed"),
  "request-body-required": breaking("The request body became required"),
  "request-body-optional": nonBreaking("The request body became optional"),
  "request-body-shape-changed": breaking(
    "The body changed between an object (its properties in `params`) and `params.body`",
  ),
  "request-media-type-removed": breaking("A request media type was removed"),
  "request-media-type-added": nonBreaking("A request media type was added"),
  "request-property-added-required": breaking("A required request property was added"),
  "request-property-added": nonBreaking("An optional request property was added"),
  "request-property-removed": breaking("A request property was removed"),
  "request-property-required": breaking("An optional request property became required"),
  "request-property-optional": nonBreaking("A required request property became optional"),
  "request-additional-properties-closed": breaking(
    "A request object no longer accepts unlisted properties",
  ),
  "request-type-changed": breaking("A request value's type was narrowed or changed"),
  "request-type-widened": nonBreaking("A request value accepts more types"),
  "request-nullable-removed": breaking("A request value no longer accepts null"),
  "request-nullable-added": nonBreaking("A request value now accepts null"),
  "request-enum-value-removed": breaking("A value was removed from a request enum"),
  "request-enum-value-added": nonBreaking("A value was added to a request enum"),
  "request-enum-added": breaking("A request value is now restricted to an enum"),
  "request-enum-removed": nonBreaking("A request value is no longer restricted to an enum"),
  "request-enum-closed": breaking("A request enum is no longer open (x-open-enum removed)"),
  "request-enum-opened": nonBreaking("A request enum became open (x-open-enum)"),
  "request-bound-tightened": breaking("A request bound was added or tightened"),
  "request-bound-loosened": nonBreaking("A request bound was removed or loosened"),
  "request-pattern-added": breaking("A request value must now match a pattern"),
  "request-pattern-changed": breaking("A request value's pattern changed"),
  "request-pattern-removed": nonBreaking("A request value's pattern was removed"),
  "request-format-changed": breaking("A request value's format was added or changed"),
  "request-format-removed": nonBreaking("A request value's format was removed"),
  "request-variant-removed": breaking("A oneOf/anyOf alternative of a request value was removed"),
  "request-variant-added": nonBreaking("A oneOf/anyOf alternative was added to a request value"),
  // Response: what a client reads
  "response-status-removed": breaking("A success response was removed"),
  "response-error-status-removed": nonBreaking("An error response was removed"),
  "response-status-added": nonBreaking("A response status was added"),
  "response-body-removed": breaking("A response no longer has a body"),
  "response-body-added": nonBreaking("A response now has a body"),
  "response-media-type-changed": breaking("The media type of a response changed"),
  "response-property-removed": breaking("A response property was removed"),
  "response-property-optional": breaking("A required response property became optional"),
  "response-property-required": nonBreaking("An optional response property became required"),
  "response-property-added": nonBreaking("A response property was added"),
  "response-additional-properties-opened": nonBreaking(
    "A response object may now hold unlisted properties",
  ),
  "response-nullable-added": breaking("A response value may now be null"),
  "response-nullable-removed": nonBreaking("A response value is no longer null"),
  "response-type-changed": breaking("A response value's type changed or was widened"),
  "response-type-narrowed": nonBreaking("A response value has fewer possible types"),
  "response-enum-value-added": breaking(
    "A value was added to a closed response enum (exhaustive switches break)",
  ),
  "response-open-enum-value-added": nonBreaking("A value was added to an open (x-open-enum) enum"),
  "response-enum-value-removed": nonBreaking("A value was removed from a response enum"),
  "response-enum-removed": breaking("A response value is no longer restricted to an enum"),
  "response-enum-added": nonBreaking("A response value is now restricted to an enum"),
  "response-enum-opened": breaking(
    "A response enum became open (x-open-enum): its type now admits any value",
  ),
  "response-enum-closed": nonBreaking("A response enum is no longer open"),
  "response-bound-changed": nonBreaking("A response bound or pattern changed"),
  "response-format-changed": breaking("A response value's format was removed or changed"),
  "response-format-added": nonBreaking("A response value's format was added"),
  "response-variant-added": breaking("A oneOf/anyOf alternative was added to a response value"),
  "response-variant-removed": nonBreaking(
    "A oneOf/anyOf alternative was removed from a response value",
  ),
  // Generated public API
  "export-removed": breaking("An exported type or validator name disappeared"),
  "export-renamed": breaking("An exported type or validator was renamed"),
  "export-added": nonBreaking("A type or validator is newly exported"),
  "package-name-changed": breaking(
    "The generated package's npm name changed (x-package-name or title)",
  ),
  // Documentation
  "description-changed": info("A description, summary or title changed"),
  deprecated: nonBreaking("A parameter, property or schema was deprecated"),
} as const satisfies Record<string, Entry>;

export type ChangeCode = keyof typeof CHANGE_CATALOGUE;

export function levelOf(code: ChangeCode): Level {
  return CHANGE_CATALOGUE[code].level;
}

export interface Change {
  readonly code: ChangeCode;
  readonly level: Level;
  readonly message: string;
  /** JSON pointer in the bundled document of `side`. */
  readonly pointer: string;
  readonly side: Side;
  /** `POST /v1/sources`, for grouping; absent for changes outside operations. */
  readonly operation?: string;
}
