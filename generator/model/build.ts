/**
 * buildModel(): the bundled document in, the readonly intermediate model out. The only module
 * (with the loader and checker) that reads raw OpenAPI; emitters read what this returns.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { LoadedSpec } from "../spec-source.js";
import { buildOperation, collectRawOperations } from "./operation.js";
import { normaliseDocument } from "./normalise-document.js";
import { applyReadWrite } from "./read-write.js";
import { collectEnums } from "./enums.js";
import { NameRegistry, packageSlug, pascalCase } from "./naming.js";
import { withoutGroupName } from "./method-name.js";
import { RESERVED_EXPORTS } from "./reserved.js";
import { compareStrings, serverUrls } from "./common.js";
import { getAtPointer, isObject, joinPointer } from "./resolve.js";
import {
  DEFAULT_RETRY,
  declaredErrorNames,
  readRetryPolicy,
  readRuntime,
  readSecurity,
  readSecuritySchemes,
} from "./extensions.js";
import { declaredRequestIdHeader, errorFields } from "./runtime-inference.js";
import type { ApiModel, GroupModel, OperationModel, SchemaModel } from "./types.js";

export interface BuildResult {
  readonly model?: ApiModel;
  readonly diagnostics: Diagnostic[];
}

export function buildModel(spec: LoadedSpec): BuildResult {
  const diagnostics: Diagnostic[] = [];
  // Read and write views (readOnly/writeOnly) before anything reads the schemas.
  const document = applyReadWrite(spec.document);
  const dialect = String(document["openapi"] ?? "").startsWith("3.0") ? "3.0" : "3.1";
  const normalisedDocument = normaliseDocument(document, dialect);
  const info = isObject(document["info"]) ? document["info"] : {};

  const typeNames = new NameRegistry([...RESERVED_EXPORTS, ...declaredErrorNames(document)]);
  const validatorNames = new NameRegistry();
  const schemas = buildSchemas(normalisedDocument, typeNames, validatorNames);
  const servers = serverUrls(document["servers"]);
  const ext = { diagnostics, locate: (pointer: string) => spec.locate(pointer) };
  const securitySchemes = readSecuritySchemes(document, ext);
  const rootSecurity = readSecurity(document["security"], "/security", securitySchemes, ext) ?? [];
  const retry = readRetryPolicy(document, "", DEFAULT_RETRY, ext) ?? DEFAULT_RETRY;
  const operations = collectRawOperations(document).map((raw) =>
    buildOperation(raw, {
      document,
      normalisedDocument,
      dialect,
      defaultServers: servers,
      typeNames,
      validatorNames,
      diagnostics,
      locate: (pointer) => spec.locate(pointer),
      file: spec.entryFile,
      securitySchemes,
      rootSecurity,
      retry,
    }),
  );
  const groups = buildGroups(operations, typeNames, diagnostics, spec);
  const sorted = groups.flatMap((g) => g.operations);
  const runtime = readRuntime(
    document,
    {
      errorFields: errorFields(normalisedDocument, sorted),
      requestIdHeader: declaredRequestIdHeader(document, sorted),
    },
    retry,
    ext,
  );
  const enums = collectEnums(document, schemas, operations, typeNames);

  const model: ApiModel = {
    title: typeof info["title"] === "string" ? info["title"] : "API",
    version: packageVersion(info["version"]),
    ...(typeof info["description"] === "string" ? { description: info["description"] } : {}),
    packageName: packageName(info),
    openapiVersion: dialect,
    specFile: spec.entryFile,
    specSha256: spec.sha256,
    servers,
    securitySchemes,
    runtime,
    schemas,
    enums,
    operations: sorted,
    groups,
    document,
    normalisedDocument,
  };
  return { model, diagnostics };
}

function buildSchemas(
  normalisedDocument: Record<string, unknown>,
  typeNames: NameRegistry,
  validatorNames: NameRegistry,
): SchemaModel[] {
  const components = isObject(normalisedDocument["components"])
    ? normalisedDocument["components"]
    : {};
  const raw = isObject(components["schemas"]) ? components["schemas"] : {};
  return Object.keys(raw)
    .sort(compareStrings)
    .map((name) => {
      const identifier = typeNames.claim(pascalCase(name, "Schema"));
      const validatorName = validatorNames.claim(`validate${identifier}`);
      return {
        name,
        identifier,
        validatorName,
        schema: raw[name] as SchemaModel["schema"],
        pointer: joinPointer("", "components", "schemas", name),
      };
    });
}

function buildGroups(
  operations: readonly OperationModel[],
  typeNames: NameRegistry,
  diagnostics: Diagnostic[],
  spec: LoadedSpec,
): GroupModel[] {
  const byGroup = new Map<string, OperationModel[]>();
  for (const op of operations) {
    const list = byGroup.get(op.group) ?? [];
    list.push(op);
    byGroup.set(op.group, list);
  }
  return [...byGroup.keys()].sort(compareStrings).map((name) => {
    const derived = withoutGroupName(byGroup.get(name) ?? [], (op) => !explicitName(spec, op));
    const ops = uniqueMethodNames(derived, diagnostics, spec);
    return {
      name,
      className: typeNames.claim(`${pascalCase(name, "Default")}Resource`),
      operations: ops.sort((a, b) => compareStrings(a.methodName, b.methodName)),
    };
  });
}

/**
 * Derived method names that collide get a counter suffix; two explicit `x-method-name`s that
 * collide are an error (the spec author asked for both names).
 */
function uniqueMethodNames(
  ops: readonly OperationModel[],
  diagnostics: Diagnostic[],
  spec: LoadedSpec,
): OperationModel[] {
  const explicit = (op: OperationModel): boolean => explicitName(spec, op);
  const registry = new NameRegistry();
  const firstByName = new Map<string, OperationModel>();
  // Explicit names first, so a derived name never takes an explicit one's place.
  const ordered = [...ops.filter(explicit), ...ops.filter((op) => !explicit(op))];
  return ordered.map((op) => {
    const previous = firstByName.get(op.methodName);
    if (previous && explicit(op)) {
      const position = spec.locate(op.pointer);
      diagnostics.push({
        code: "duplicate-method-name",
        severity: "error",
        message: `${op.method.toUpperCase()} ${op.path} and ${previous.method.toUpperCase()} ${previous.path} both map to client method ${op.group}.${op.methodName}`,
        pointer: op.pointer,
        ...(position ? { position } : {}),
      });
    }
    if (!previous) firstByName.set(op.methodName, op);
    const methodName = registry.claim(op.methodName);
    return methodName === op.methodName ? op : { ...op, methodName };
  });
}

/** True when the operation names its method with `x-method-name`. */
function explicitName(spec: LoadedSpec, op: OperationModel): boolean {
  const raw = getAtPointer(spec.document, op.pointer);
  return isObject(raw) && typeof raw["x-method-name"] === "string";
}

function packageName(info: Record<string, unknown>): string {
  const explicit = info["x-package-name"];
  if (
    typeof explicit === "string" &&
    /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(explicit)
  ) {
    return explicit;
  }
  const title = typeof info["title"] === "string" ? info["title"] : "api";
  return `${packageSlug(title) || "api"}-client`;
}

/** `info.version` as a valid semver for package.json: kept when it is one, else `0.0.0-<slug>`. */
function packageVersion(version: unknown): string {
  const text = typeof version === "string" || typeof version === "number" ? String(version) : "";
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(text)) return text;
  const slug = text.replace(/[^0-9A-Za-z]+/g, ".").replace(/^\.+|\.+$/g, "");
  return slug ? `0.0.0-${slug}` : "0.0.0";
}
