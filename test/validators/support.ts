/**
 * Helpers for the validator tests: hand-built models (plain data, no loader), the real pipeline
 * (`load` + `buildModel`), and loading emitted validators from a temporary folder.
 */
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from "../../generator/model/extensions.js";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { emitValidators, type ValidatorTuning } from "../../generator/emit/validators.js";
import type { Diagnostic } from "../../generator/diagnostics.js";
import { normaliseSchema } from "../../generator/model/normalise-schema.js";
import type {
  ApiModel,
  EmittedFile,
  JsonSchema,
  OperationModel,
  ParameterModel,
  ResponseModel,
  SchemaModel,
} from "../../generator/model/types.js";
import type { LoadedSpec } from "../../generator/spec-source.js";

export interface CompiledValidator {
  (value: unknown): boolean;
  errors?:
    | {
        instancePath: string;
        schemaPath: string;
        keyword: string;
        params: Record<string, unknown>;
        message?: string;
      }[]
    | null;
}
export type ValidatorModule = Record<string, CompiledValidator>;

const folders: string[] = [];

/** A fresh folder under the OS temp dir (outside the repository), removed by `cleanUp()`. */
export function tempFolder(prefix = "validators-"): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

export function cleanUp(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export function writeFiles(folder: string, files: readonly EmittedFile[]): void {
  for (const file of files) {
    const target = path.join(folder, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  writeFileSync(path.join(folder, "package.json"), '{ "type": "module" }\n');
}

/** Emits, writes into a temp folder and imports `validators.js`. */
export async function compile(
  model: ApiModel,
  tuning?: ValidatorTuning,
): Promise<{
  module: ValidatorModule;
  files: EmittedFile[];
  diagnostics: Diagnostic[];
  folder: string;
}> {
  const { files, diagnostics } = emitValidators(model, tuning);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    throw new Error(
      `emitValidators failed:\n${errors.map((d) => `${d.code} ${d.pointer} ${d.message}`).join("\n")}`,
    );
  }
  const folder = tempFolder();
  writeFiles(folder, files);
  const module = (await import(
    pathToFileURL(path.join(folder, "validators.js")).href
  )) as ValidatorModule;
  return { module, files, diagnostics, folder };
}

export function validator(module: ValidatorModule, name: string): CompiledValidator {
  const fn = module[name];
  if (typeof fn !== "function") throw new Error(`validators.js has no export ${name}`);
  return fn;
}

/** The distinct instancePaths of the errors after a failed call (asserting that it failed). */
export function failures(fn: CompiledValidator, value: unknown): string[] {
  if (fn(value)) throw new Error(`expected ${JSON.stringify(value)} to be invalid`);
  return [...new Set((fn.errors ?? []).map((error) => error.instancePath))];
}

// ---------------------------------------------------------------------------------------------
// Hand-built models
// ---------------------------------------------------------------------------------------------

export interface HandModelInput {
  readonly openapi?: "3.0" | "3.1";
  /** Raw (not normalised) component schemas by name. */
  readonly schemas?: Readonly<Record<string, unknown>>;
  readonly operations?: readonly OperationModel[];
  /** Extra top-level members of the document (`x-formats`, `paths`…). */
  readonly document?: Readonly<Record<string, unknown>>;
}

/** PascalCase identifier for a schema name (`File--Full` → `FileFull`, `1abc` → `_1abc`). */
export function identifierOf(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  let id = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("") || "Schema";
  if (/^[0-9]/.test(id)) id = `_${id}`;
  return id;
}

export function handModel(input: HandModelInput): ApiModel {
  const dialect = input.openapi ?? "3.1";
  const rawSchemas = input.schemas ?? {};
  const normalisedSchemas: Record<string, JsonSchema> = {};
  for (const name of Object.keys(rawSchemas)) {
    normalisedSchemas[name] = normaliseSchema(rawSchemas[name], dialect);
  }
  const used = new Set<string>();
  const schemas: SchemaModel[] = Object.keys(rawSchemas)
    .sort()
    .map((name) => {
      let identifier = identifierOf(name);
      while (used.has(identifier)) identifier += "_";
      used.add(identifier);
      return {
        name,
        identifier,
        validatorName: `validate${identifier}`,
        schema: normalisedSchemas[name] as JsonSchema,
        pointer: `/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      };
    });
  const document = {
    openapi: dialect === "3.0" ? "3.0.3" : "3.1.0",
    info: { title: "Test", version: "1.0.0" },
    ...input.document,
    components: { schemas: rawSchemas },
  };
  const normalisedDocument = { ...document, components: { schemas: normalisedSchemas } };
  const operations = input.operations ?? [];
  return {
    title: "Test",
    version: "1.0.0",
    packageName: "test",
    openapiVersion: dialect,
    specFile: "test.yaml",
    specSha256: "0".repeat(64),
    servers: ["https://api.example.com"],
    securitySchemes: [],
    runtime: {
      retry: DEFAULT_RETRY,
      errors: { fields: {}, byType: {}, byStatus: {}, byStatusFirst: {} },
      timeoutMs: DEFAULT_TIMEOUT_MS,
    },
    schemas,
    enums: [],
    operations,
    groups: [],
    document,
    normalisedDocument,
  };
}

export function param(
  name: string,
  location: ParameterModel["in"],
  schema: unknown,
  extra: Partial<ParameterModel> = {},
): ParameterModel {
  return {
    name,
    key: name,
    in: location,
    required: location === "path",
    schema: normaliseSchema(schema, "3.1"),
    style: location === "query" || location === "cookie" ? "form" : "simple",
    explode: location === "query",
    deprecated: false,
    pointer: `/paths/~1things/get/parameters/${name}`,
    ...extra,
  };
}

export function response(status: string, schema: unknown, validatorName: string): ResponseModel {
  return {
    status,
    description: "",
    mediaType: "application/json",
    schema: normaliseSchema(schema, "3.1"),
    validatorName,
    pointer: `/paths/~1things/get/responses/${status}`,
  };
}

export function operation(typeName: string, parts: Partial<OperationModel>): OperationModel {
  return {
    operationId: typeName,
    typeName,
    group: "things",
    methodName: typeName.charAt(0).toLowerCase() + typeName.slice(1),
    method: "post",
    path: "/things",
    deprecated: false,
    tags: [],
    pathParams: [],
    queryParams: [],
    headerParams: [],
    cookieParams: [],
    responses: [],
    servers: [],
    requestExamples: [],
    requestValidatorName: `validate${typeName}Request`,
    security: [],
    unixTime: [],
    pointer: "/paths/~1things/post",
    ...parts,
  };
}

/** A LoadedSpec for an in-memory document (so `buildModel` runs without files). */
export function memorySpec(document: Record<string, unknown>): LoadedSpec {
  return {
    entryFile: "memory.yaml",
    files: ["memory.yaml"],
    sha256: "0".repeat(64),
    document,
    locate: () => undefined,
    readText: () => undefined,
  };
}

/** The real pipeline up to the model. */
export async function loadModel(file: string): Promise<ApiModel> {
  const { load } = await import("../../generator/load.js");
  const { buildModel } = await import("../../generator/model/build.js");
  const loaded = await load(file);
  if (!loaded.spec) {
    throw new Error(`load failed: ${loaded.diagnostics.map((d) => d.message).join("; ")}`);
  }
  const built = buildModel(loaded.spec);
  if (!built.model)
    throw new Error(`buildModel failed: ${built.diagnostics.map((d) => d.message).join("; ")}`);
  return built.model;
}
