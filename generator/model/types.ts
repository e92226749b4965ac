/**
 * The intermediate model: the only thing emitters read. Built once by `buildModel()` from the
 * bundled document; plain readonly data, sorted deterministically, every node keeping its pointer.
 */

/** A JSON Schema (2020-12 dialect; OpenAPI 3.0 `nullable`/boolean `exclusiveMinimum` already normalised). */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ParameterModel {
  readonly name: string;
  /**
   * The parameter's key in the method's `params` argument: its `x-param-name`, else its name.
   * (The extension renames one side of a name collision between request parts.)
   */
  readonly key: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: JsonSchema;
  /** OpenAPI style, defaulted per location (form for query/cookie, simple for path/header). */
  readonly style: string;
  readonly explode: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  /**
   * `x-client-option` of the parameter: when set, the value is supplied through the per-request
   * options object under this name (e.g. `idempotencyKey`, `apiVersion`) instead of `params`.
   */
  readonly clientOption?: string;
  /** A header the spec marks as the idempotency key (named `Idempotency-Key`, or `x-idempotency-key: true`). */
  readonly idempotencyKey?: boolean;
  readonly pointer: string;
}

export interface MediaEncodingModel {
  readonly style?: string;
  readonly explode?: boolean;
  readonly contentType?: string;
}

export interface RequestBodyModel {
  /** The media type the client sends (the first supported one in document order). */
  readonly mediaType: string;
  /** All media types the spec lists, in document order. */
  readonly mediaTypes: readonly string[];
  readonly required: boolean;
  readonly schema: JsonSchema;
  readonly encoding: Readonly<Record<string, MediaEncodingModel>>;
  /**
   * true when the body is an object (form, JSON or multipart) whose properties are merged with the
   * query/header parameters into one `params` argument; false when it travels as `params.body`
   * (arrays, binary, text and other non-object bodies).
   */
  readonly merged: boolean;
  readonly description?: string;
  readonly pointer: string;
}

export interface ResponseModel {
  /** "200", "2XX", "default", … exactly as in the spec. */
  readonly status: string;
  readonly description: string;
  /** The JSON (or first) media type, if the response has content. */
  readonly mediaType?: string;
  readonly schema?: JsonSchema;
  /** Export name of this response's validator (`validateCreateSourceResponse200`), when it has a schema. */
  readonly validatorName?: string;
  readonly pointer: string;
}

export interface OperationModel {
  /** The spec's operationId, or a stable one derived from method and path. */
  readonly operationId: string;
  /** PascalCase base for named types and validators, unique: `CreateSource` → `CreateSourceParams`. */
  readonly typeName: string;
  /** Client property that groups this operation (an identifier): `sources`, `customers`. */
  readonly group: string;
  /** Method name inside the group (an identifier): `create`, `attachSource`. */
  readonly methodName: string;
  readonly method: HttpMethod;
  /** The path template as written in the spec, e.g. `/v1/sources/{source}`. */
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  /** Path parameters in the order they appear in the template. */
  readonly pathParams: readonly ParameterModel[];
  readonly queryParams: readonly ParameterModel[];
  readonly headerParams: readonly ParameterModel[];
  readonly cookieParams: readonly ParameterModel[];
  readonly requestBody?: RequestBodyModel;
  /** Sorted: numeric statuses ascending, then ranges (2XX…), then `default`. */
  readonly responses: readonly ResponseModel[];
  /** Base URLs that apply to this operation (operation/path `servers`, else the document's). */
  readonly servers: readonly string[];
  /** `x-codeSamples`/examples are not modelled; request examples by name for the README. */
  readonly requestExamples: readonly ExampleModel[];
  /**
   * Export name of the request validator (`validateCreateSourceRequest`: it checks the method's
   * `params`; every operation has one, as every method takes params, possibly none).
   */
  readonly requestValidatorName?: string;
  /**
   * Security requirement alternatives that apply (the operation's `security`, else the root's):
   * each a list of scheme keys. `[]`: no credentials.
   */
  readonly security: readonly (readonly string[])[];
  /** The operation's own `x-retries`, merged over the API's policy. */
  readonly retry?: RetryPolicyModel;
  /** Dotted paths in `params` (`*`: any item or key) whose schema says `format: unix-time`. */
  readonly unixTime: readonly string[];
  readonly pointer: string;
}

export interface ExampleModel {
  readonly name: string;
  readonly summary?: string;
  readonly value: unknown;
}

export interface SchemaModel {
  /** The key under `components.schemas`, as written (may not be an identifier: `File--Full`). */
  readonly name: string;
  /** A unique, valid TypeScript identifier in PascalCase derived from `name`: `FileFull`. */
  readonly identifier: string;
  /** Export name of its validator: `validate` + identifier (unique across all validators). */
  readonly validatorName: string;
  readonly schema: JsonSchema;
  readonly pointer: string;
}

export interface EnumModel {
  /** Exported name of the union type and of the `as const` array: `SourceStatus`. */
  readonly identifier: string;
  /** The values, null left out, in the spec's order. */
  readonly values: readonly (string | number)[];
  /** `x-open-enum`: the type also accepts other strings (or numbers). */
  readonly open: boolean;
  readonly description?: string;
  /** Where the enum is, in `document` (a schema pointer each). */
  readonly pointers: readonly string[];
}

export interface GroupModel {
  /** Client property name (identifier). */
  readonly name: string;
  /** PascalCase class base name: `Sources` → class `SourcesResource`. */
  readonly className: string;
  readonly description?: string;
  /** Operations of this group, sorted by method name. */
  readonly operations: readonly OperationModel[];
}

export interface SecuritySchemeModel {
  readonly name: string;
  readonly type: string;
  readonly scheme?: string;
  readonly in?: string;
  readonly paramName?: string;
  readonly description?: string;
  /** The client/request option that holds the credential: `x-client-option`, else camelCase(name). */
  readonly option: string;
  /** How the runtime sends it; undefined for schemes it cannot send (mutualTLS, unknown http schemes). */
  readonly sendAs?: "bearer" | "basic" | "apiKey";
}

/** `x-retries` (or `x-speakeasy-retries`) with every field filled. */
export interface RetryPolicyModel {
  readonly statuses: readonly (number | string)[];
  readonly connectionErrors: boolean;
  readonly timeouts: boolean;
  readonly maxRetries: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly exponent: number;
  readonly shouldRetryHeader?: string;
}

/** `x-errors`, with message/code/param fields inferred from the error schema when not declared. */
export interface ErrorMapModel {
  /** The name the base class is exported under besides `ApiError` (e.g. `AcmeError`). */
  readonly baseClass?: string;
  readonly typeField?: string;
  readonly messageField?: string;
  readonly codeField?: string;
  readonly paramField?: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly byType: Readonly<Record<string, string>>;
  readonly byStatusFirst: Readonly<Record<string, string>>;
  readonly byStatus: Readonly<Record<string, string>>;
}

/** What the spec declares for the runtime as a whole. */
export interface RuntimeModel {
  readonly retry: RetryPolicyModel;
  readonly errors: ErrorMapModel;
  readonly timeoutMs: number;
  readonly requestIdHeader?: string;
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** `x-package-name` of `info`, else a slug of the title. */
  readonly packageName: string;
  /** "3.0" or "3.1": the dialect of the source document (schemas in this model are 2020-12). */
  readonly openapiVersion: "3.0" | "3.1";
  /** Spec file path as given on the command line, relative, with forward slashes. */
  readonly specFile: string;
  /** sha256 (hex) of the spec's bytes (entry file followed by every referenced file, in load order). */
  readonly specSha256: string;
  /** Default base URLs (document `servers`), first one is the client's default. */
  readonly servers: readonly string[];
  readonly securitySchemes: readonly SecuritySchemeModel[];
  readonly runtime: RuntimeModel;
  /** `components.schemas`, sorted by name. */
  readonly schemas: readonly SchemaModel[];
  /** Named enums, sorted by identifier. */
  readonly enums: readonly EnumModel[];
  /** All operations, sorted by group then method name. */
  readonly operations: readonly OperationModel[];
  readonly groups: readonly GroupModel[];
  /**
   * The bundled document: every `$ref` is local (`#/...`). Schemas inside it are NOT normalised;
   * openapi-typescript reads this. Validators read `schemas`/operations (normalised) and resolve
   * `$ref`s against `normalisedDocument`.
   */
  readonly document: { readonly [key: string]: unknown };
  /** The bundled document with every schema normalised to JSON Schema 2020-12. */
  readonly normalisedDocument: { readonly [key: string]: unknown };
}

/** One output file, path relative to the output folder, forward slashes. */
export interface EmittedFile {
  readonly path: string;
  readonly contents: string;
  /** Printed by a code generator with a layout of its own (ajv): the format stage leaves it. */
  readonly preformatted?: boolean;
}
