/**
 * Precompiled validators: `validators.js` (plain ESM, self-contained: no `require`, no imports)
 * and `validators.d.ts`.
 *
 * One validator per component schema (`validate<Identifier>`), one per operation that takes
 * params (the method's `params`, validators/request-schema.ts) and one per response with a schema.
 *
 * How: every validator is a root in ONE ajv 2020-12 instance, compiled by `$ref` into a copy of the
 * normalised document (`$id: "doc"`) that holds only the schemas the validators reach, in the form
 * `schema-walk.ts` prepares. Shared and recursive schemas therefore compile to one function each,
 * refs like `#/components/schemas/X` or `#/paths/...` resolve as in the spec, error `schemaPath`s
 * point into the spec, and the compile order (component schemas, then operations, in model order)
 * makes the output deterministic. ajv's standalone code is then made self-contained: its
 * `require("ajv/dist/runtime/…")` helpers and the format functions are replaced by the regions of
 * `templates/validators/runtime.js` it uses.
 *
 * Decisions:
 * - Strictness: `strict: false`. OpenAPI keywords and typos in real specs (`min_items`) must not be
 *   fatal; the schema copy only keeps validation keywords anyway, and what matters is checked
 *   here instead (formats, patterns, keyword values, refs).
 * - `allErrors: true`: every problem of a request at once (the runtime joins the distinct issues:
 *   "missing a; b must be integer"). Measured (bench/validators.ts): same speed on valid data as
 *   the first-error mode and +0-5% code; only invalid data pays, and the error list is bounded by
 *   the size of the input.
 * - `inlineRefs: false`: every `$ref` is a call to the referenced schema's function, never an
 *   inlined copy. Every component schema is a root (its own exported function) anyway, so an
 *   inlined copy is the same code twice: on a 365-path public payments spec, inlining refs of up
 *   to 20 keywords (the earlier setting) made 7.7 MB, no inlining 5.5 MB (box 1.55 → 1.29 MB,
 *   ours 134 → 102 kB). Calls were the price (`validateSource` 0.75x), bought back by making them
 *   cheap (`validators/calls.ts`: the instance path passed alone; ~1.13x) and by the `anyOf`
 *   fast path below; measured paired: 1.07x today's `validateSource` (bench/validators.ts).
 *   Error `schemaPath`s are then always relative to the schema of the function that reports
 *   them (`#/properties/city/type` in Address), as ajv writes them for a called `$ref`.
 *   `validators/share.ts` follows the same setting: every subschema that requests and responses
 *   repeat is one function (4.7 MB on the payments spec; 6.4 MB when only repeats of more than
 *   20 keywords are shared; 5.06 MB when leaf schemas such as `{type: "string", maxLength:
 *   5000}` stay in place). A request validator pays a call per repeated parameter schema (it runs
 *   once per API call), and an error found in a shared schema has a `schemaPath` relative to it
 *   (`#/maxLength`; the instance path says where).
 * - Keyword code ajv prints bulkier or slower than needed, changed for this instance only
 *   (`validators/ajv.ts`), same verdicts and errors: an `anyOf` with a bare-type branch
 *   (`{type: "null"}`, OpenAPI's nullable `$ref`) skips its other branches for a value of that
 *   type (a valid `null` no longer calls a validator that fails and builds an error to drop);
 *   an enum of 8+ primitives is `allowedValues.includes(data)` instead of a chain of `===`.
 * - Evaluated and left: sharing repeated subschemas of component schemas too: calls inside
 *   `validateSource`-like validators (+4% code with `inlineRefs: 20`); ajv's
 *   `code.optimize: false`: +25% code, no faster to generate.
 * - Components, requests and responses are compiled into one module, so a schema used by many
 *   validators is one function; a component reached both as a root and by `$ref` is compiled once
 *   (`shareRootEnvironments`); a subschema that requests and responses repeat inline is one
 *   shared schema (`validators/share.ts`), and identical request validators are one function
 *   exported under each name.
 * - Size: ajv's error sites and embedded schemas are rewritten into shorter, equivalent code
 *   (`validators/compact-errors.ts`, `validators/slim-schemas.ts`). Every top-level declaration is
 *   a function or a literal, so a bundler keeps only what the imported validators use
 *   (bench/validators.ts bundles one import with esbuild).
 * - `discriminator` is ignored (ajv's `discriminator: true` rejects many real specs): `oneOf` is
 *   validated as written, which is what the discriminator describes.
 * - Formats: see `validators/formats.ts`.
 * - Forward compatibility, in RESPONSE validators only: unknown properties pass unless the spec
 *   says `additionalProperties: false` (plain JSON Schema), and an `enum` marked
 *   `x-open-enum: true` accepts any value of its type. Request and component validators keep
 *   every enum closed. Responses that reach no open enum share the strict code.
 */
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import type { Diagnostic } from "../diagnostics.js";
import type {
  ApiModel,
  EmittedFile,
  JsonSchema,
  OperationModel,
  ResponseModel,
} from "../model/types.js";
import {
  createAjv,
  DEFAULT_TUNING,
  shareRootEnvironments,
  type ValidatorTuning,
} from "./validators/ajv.js";
import { declaredFormats, knownFormats } from "./validators/formats.js";
import {
  joinPointer,
  pointerToRef,
  refToPointer,
  resolvePointer,
  splitPointer,
} from "./validators/pointer.js";
import { requestSchema, requestTypeName } from "./validators/request-schema.js";
import { copySchema, setOwn, type WalkContext } from "./validators/schema-walk.js";
import { selfContained } from "./validators/self-contained.js";
import { shareRepeated } from "./validators/share.js";

export { DEFAULT_TUNING, type ValidatorTuning };

/** ajv's standalone module is CommonJS: its function is both `module.exports` and `.default`. */
const standaloneCode = standaloneCodeModule.default;

type SchemaObject = { [keyword: string]: unknown };
type Copy = (schema: JsonSchema, pointer: string) => unknown;

interface Root {
  readonly exportName: string;
  readonly kind: "schema" | "request" | "response";
  /** Where diagnostics about the root point. */
  readonly pointer: string;
  /** TypeScript type (in types.d.ts) the validator narrows to. */
  readonly typeName?: string;
  /** A schema of the document, compiled in place… */
  readonly target?: string;
  /** …or a schema built for the validator. */
  readonly build?: (copy: Copy) => unknown;
  /** For the d.ts comment. */
  readonly describe: string;
}

interface RefInfo {
  readonly refs: ReadonlySet<string>;
  readonly open: boolean;
}

const DOC_ID = "doc";
const RESPONSE_DOC_ID = "resp";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const AJV_INTERNAL_NAME =
  /^(?:validate|root|wrapper|func|pattern|formats|schema|schemaValue|issue|keyword|Error)\d+$/;

export interface EmitValidatorsResult {
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

export interface EmitValidatorsOptions {
  /** An unknown `format` is a warning and is left unchecked, instead of an error. */
  readonly acceptUnknownFormats?: boolean;
}

export function emitValidators(
  model: ApiModel,
  tuning: ValidatorTuning = DEFAULT_TUNING,
  options: EmitValidatorsOptions = {},
): EmitValidatorsResult {
  const diagnostics: Diagnostic[] = [];
  const acceptUnknownFormats = options.acceptUnknownFormats === true;
  const document = model.normalisedDocument;
  const formats = knownFormats(declaredFormats(model.document));
  const roots = collectRoots(model, diagnostics);
  const synthKey = freeKey(document, "x-emitted-validators");
  const sharedKey = freeKey(document, "x-emitted-shared");
  const synthPointer = (name: string): string => joinPointer("", synthKey, name);

  // Pass 1: strict copies of every schema the roots reach, the ref graph, and the checks.
  let legacyPatterns = false;
  let unevaluated = false;
  let prototypeKeys = false;
  const strictTargets = new Map<string, unknown>();
  const strictRoots = new Map<string, unknown>();
  const graph = new Map<string, RefInfo>();
  const rootInfo = new Map<string, RefInfo>();
  const queue: string[] = [];
  const strictContext = (refs: Set<string>): WalkContext => ({
    document,
    formats,
    acceptUnknownFormats,
    relaxed: false,
    diagnostics,
    rewriteRef: (target) => pointerToRef(target),
    onRef: (target) => {
      refs.add(target);
      if (!graph.has(target)) {
        graph.set(target, { refs: new Set(), open: false });
        queue.push(target);
      }
    },
    openEnum: false,
    legacyPatterns: false,
    unevaluated: false,
    prototypeKeys: false,
  });
  const drain = (): void => {
    for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
      const refs = new Set<string>();
      const cx = strictContext(refs);
      strictTargets.set(target, copySchema(resolvePointer(document, target), target, cx));
      graph.set(target, { refs, open: cx.openEnum });
      legacyPatterns ||= cx.legacyPatterns;
      unevaluated ||= cx.unevaluated;
      prototypeKeys ||= cx.prototypeKeys;
    }
  };
  for (const root of roots) {
    const refs = new Set<string>();
    const cx = strictContext(refs);
    if (root.target !== undefined) cx.onRef(root.target);
    else if (root.build)
      strictRoots.set(
        root.exportName,
        root.build((s, p) => copySchema(s, p, cx)),
      );
    rootInfo.set(root.exportName, { refs, open: cx.openEnum });
    legacyPatterns ||= cx.legacyPatterns;
    unevaluated ||= cx.unevaluated;
    prototypeKeys ||= cx.prototypeKeys;
    drain();
  }

  // Which schemas reach an `x-open-enum` enum (those need a relaxed copy for responses).
  const tainted = taintedTargets(graph);
  const relaxedRoots = new Set(
    roots
      .filter((root) => root.kind === "response")
      .filter((root) => {
        const info = rootInfo.get(root.exportName);
        return info !== undefined && (info.open || [...info.refs].some((ref) => tainted.has(ref)));
      })
      .map((root) => root.exportName),
  );

  // Pass 2: relaxed copies for the responses that need them. Refs to schemas without open enums
  // point back into the strict document, so their code is shared.
  const relaxedTargets = new Map<string, unknown>();
  const relaxedRootSchemas = new Map<string, unknown>();
  const relaxedQueue: string[] = [];
  const relaxedSeen = new Set<string>();
  const relaxedContext: WalkContext = {
    document,
    formats,
    acceptUnknownFormats,
    relaxed: true,
    rewriteRef: (target) => {
      if (!tainted.has(target)) return pointerToRef(target, DOC_ID);
      if (!relaxedSeen.has(target)) {
        relaxedSeen.add(target);
        relaxedQueue.push(target);
      }
      return pointerToRef(target);
    },
    onRef: () => {},
    openEnum: false,
    legacyPatterns: false,
    unevaluated: false,
    prototypeKeys: false,
  };
  for (const root of roots) {
    if (!relaxedRoots.has(root.exportName)) continue;
    if (root.target !== undefined) relaxedContext.rewriteRef(root.target);
    else if (root.build) {
      relaxedRootSchemas.set(
        root.exportName,
        root.build((s, p) => copySchema(s, p, relaxedContext)),
      );
    }
    for (let target = relaxedQueue.shift(); target !== undefined; target = relaxedQueue.shift()) {
      relaxedTargets.set(
        target,
        copySchema(resolvePointer(document, target), target, relaxedContext),
      );
    }
  }

  mergeRepeatedWarnings(diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { files: [], diagnostics };

  // Repeated inline subschemas of the requests and responses: one shared schema each.
  const refToSlot = (slot: number): string => pointerToRef(joinPointer("", sharedKey, slot));
  const strictShared = shareRepeated(strictRoots, refToSlot, tuning.inlineRefs);
  const relaxedShared = shareRepeated(relaxedRootSchemas, refToSlot, tuning.inlineRefs);
  const strictDoc = sparseDocument(DOC_ID, strictTargets, synthKey, strictRoots);
  addSlots(strictDoc, sharedKey, strictShared.slots);
  let relaxedDoc: SchemaObject | undefined;
  if (relaxedRoots.size > 0) {
    relaxedDoc = sparseDocument(RESPONSE_DOC_ID, relaxedTargets, synthKey, relaxedRootSchemas);
    addSlots(relaxedDoc, sharedKey, relaxedShared.slots);
  }

  // ajv's standalone code repeats a function exported under two names: export it once and
  // alias the other names to the first.
  const exportsMap: Record<string, string> = {};
  const firstByRef = new Map<string, string>();
  const aliases: string[] = [];
  for (const root of roots) {
    const relaxed = relaxedRoots.has(root.exportName);
    const base = relaxed ? RESPONSE_DOC_ID : DOC_ID;
    const { sameAs } = relaxed ? relaxedShared : strictShared;
    const name = sameAs.get(root.exportName) ?? root.exportName;
    const ref = pointerToRef(root.target ?? synthPointer(name), base);
    const first = firstByRef.get(ref);
    if (first === undefined) {
      firstByRef.set(ref, root.exportName);
      exportsMap[root.exportName] = ref;
    } else {
      aliases.push(`export const ${root.exportName} = ${first};`);
    }
  }

  let code: string;
  try {
    const ajv = createAjv(formats, { legacyPatterns, unevaluated, prototypeKeys }, tuning);
    ajv.addSchema(strictDoc as SchemaObject);
    if (relaxedDoc) ajv.addSchema(relaxedDoc as SchemaObject);
    shareRootEnvironments(ajv, Object.values(exportsMap));
    for (const root of roots) {
      try {
        const ref = exportsMap[root.exportName];
        if (ref === undefined) continue;
        const validate = ajv.getSchema(ref);
        if (!validate) throw new Error("the schema does not resolve");
      } catch (error) {
        diagnostics.push({
          code: "internal-error",
          severity: "error",
          message: `The validator ${root.exportName} does not compile: ${errorMessage(error)}`,
          pointer: root.pointer,
        });
      }
    }
    if (diagnostics.some((d) => d.severity === "error")) return { files: [], diagnostics };
    code = standaloneCode(ajv, exportsMap);
  } catch (error) {
    diagnostics.push({
      code: "internal-error",
      severity: "error",
      message: `Validators do not compile: ${errorMessage(error)}`,
    });
    return { files: [], diagnostics };
  }

  const js = selfContained(aliases.length > 0 ? `${code}\n\n${aliases.join("\n")}` : code);
  if (/require\("ajv/.test(js)) {
    diagnostics.push({
      code: "internal-error",
      severity: "error",
      message: "validators.js still requires an ajv runtime module.",
    });
    return { files: [], diagnostics };
  }
  return {
    files: [
      { path: "validators.js", contents: js },
      { path: "validators.d.ts", contents: declarations(roots) },
    ],
    diagnostics,
  };
}

function collectRoots(model: ApiModel, diagnostics: Diagnostic[]): Root[] {
  const roots: Root[] = [];
  const document = model.normalisedDocument;
  const typeByPointer = new Map<string, string>();
  for (const schema of model.schemas) {
    const target = locateSchema(document, schema.pointer, schema.name, schema.schema);
    if (target !== undefined) typeByPointer.set(target, schema.identifier);
    typeByPointer.set(joinPointer("/components/schemas", schema.name), schema.identifier);
    roots.push({
      exportName: schema.validatorName,
      kind: "schema",
      pointer: schema.pointer,
      typeName: schema.identifier,
      describe: `components.schemas[${JSON.stringify(schema.name)}]`,
      ...(target !== undefined
        ? { target }
        : { build: (copy: Copy) => copy(schema.schema, schema.pointer) }),
    });
  }
  for (const op of model.operations) {
    if (op.requestValidatorName) roots.push(requestRoot(op, op.requestValidatorName));
    for (const response of op.responses) {
      if (!response.validatorName || response.schema === undefined) continue;
      roots.push(responseRoot(document, op, response, response.validatorName, typeByPointer));
    }
  }
  const seen = new Set<string>();
  return roots.filter((root) => {
    let problem: string | undefined;
    if (!IDENTIFIER.test(root.exportName) || AJV_INTERNAL_NAME.test(root.exportName)) {
      problem = `${JSON.stringify(root.exportName)} is not a usable export name.`;
    } else if (seen.has(root.exportName)) {
      problem = `Two validators are named ${root.exportName}.`;
    }
    seen.add(root.exportName);
    if (problem) {
      diagnostics.push({
        code: "internal-error",
        severity: "error",
        message: problem,
        pointer: root.pointer,
      });
    }
    return problem === undefined;
  });
}

function requestRoot(op: OperationModel, exportName: string): Root {
  return {
    exportName,
    kind: "request",
    pointer: op.pointer,
    typeName: requestTypeName(op),
    describe: `the params of ${JSON.stringify(op.operationId)} (as the client method takes them)`,
    build: (copy) => requestSchema(op, copy),
  };
}

function responseRoot(
  document: unknown,
  op: OperationModel,
  response: ResponseModel,
  exportName: string,
  typeByPointer: ReadonlyMap<string, string>,
): Root {
  const schema = response.schema as JsonSchema;
  const pointer = response.mediaType
    ? joinPointer(response.pointer, "content", response.mediaType, "schema")
    : response.pointer;
  const describe = `the ${JSON.stringify(response.status)} response of ${JSON.stringify(op.operationId)}`;
  // A bare `$ref` compiles to the referenced schema's own function: no wrapper.
  const ref = isObject(schema) && Object.keys(schema).length === 1 ? schema.$ref : undefined;
  const target = typeof ref === "string" ? refToPointer(ref) : undefined;
  if (target !== undefined && target !== "" && resolvePointer(document, target) !== undefined) {
    const typeName = typeByPointer.get(target);
    return {
      exportName,
      kind: "response",
      pointer,
      describe,
      target,
      ...(typeName !== undefined ? { typeName } : {}),
    };
  }
  return {
    exportName,
    kind: "response",
    pointer,
    describe,
    build: (copy) => copy(schema, pointer),
  };
}

/** The pointer of a component schema inside the normalised document, when it is there. */
function locateSchema(
  document: unknown,
  pointer: string,
  name: string,
  schema: JsonSchema,
): string | undefined {
  const candidates = [pointer, joinPointer("/components/schemas", name)];
  for (const candidate of candidates)
    if (resolvePointer(document, candidate) === schema) return candidate;
  const json = JSON.stringify(schema);
  for (const candidate of candidates) {
    const node = resolvePointer(document, candidate);
    if (node !== undefined && JSON.stringify(node) === json) return candidate;
  }
  return undefined;
}

/** Targets that reach (through refs) a schema with an `x-open-enum` enum. */
function taintedTargets(graph: ReadonlyMap<string, RefInfo>): Set<string> {
  const referrers = new Map<string, string[]>();
  for (const [target, info] of graph) {
    for (const ref of info.refs) {
      const list = referrers.get(ref) ?? [];
      list.push(target);
      referrers.set(ref, list);
    }
  }
  const tainted = new Set<string>();
  const queue = [...graph].filter(([, info]) => info.open).map(([target]) => target);
  for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
    if (tainted.has(target)) continue;
    tainted.add(target);
    queue.push(...(referrers.get(target) ?? []));
  }
  return tainted;
}

/**
 * A document that holds only the given schemas, each at its pointer, plus the validators' own
 * root schemas under `synthKey`. A schema inside another one that is already there is not
 * written twice.
 */
function sparseDocument(
  id: string,
  targets: ReadonlyMap<string, unknown>,
  synthKey: string,
  roots: ReadonlyMap<string, unknown>,
): SchemaObject {
  const doc: SchemaObject = { $id: id };
  const ordered = [...targets.keys()]
    .map((pointer, index) => ({ pointer, segments: splitPointer(pointer), index }))
    .sort((a, b) => a.segments.length - b.segments.length || a.index - b.index);
  for (const { pointer, segments } of ordered) {
    if (segments.length === 0) continue; // `#`: the document root validates anything.
    let node: SchemaObject = doc;
    for (const segment of segments.slice(0, -1)) {
      let next = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
      if (typeof next !== "object" || next === null) {
        next = {};
        setOwn(node, segment, next);
      }
      node = next as SchemaObject;
    }
    const last = segments[segments.length - 1] as string;
    if (!Object.prototype.hasOwnProperty.call(node, last)) setOwn(node, last, targets.get(pointer));
  }
  if (roots.size > 0) {
    const synth: SchemaObject = {};
    for (const [name, schema] of roots) setOwn(synth, name, schema);
    setOwn(doc, synthKey, synth);
  }
  return doc;
}

function addSlots(doc: SchemaObject, key: string, slots: readonly unknown[]): void {
  if (slots.length === 0) return;
  const shared: SchemaObject = {};
  slots.forEach((schema, slot) => setOwn(shared, String(slot), schema));
  setOwn(doc, key, shared);
}

function declarations(roots: readonly Root[]): string {
  const typed = roots.some((root) => root.typeName !== undefined);
  const lines: string[] = [];
  if (typed) lines.push('import type * as Types from "./types.js";', "");
  lines.push(
    "/** One validation error (the subset of ajv's ErrorObject the generated validators produce). */",
    "export interface ValidationError {",
    "  /** JSON pointer of the invalid value, e.g. `/owner/address/city`. */",
    "  instancePath: string;",
    "  /** JSON pointer of the failing keyword in the spec. */",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, unknown>;",
    "  message?: string;",
    "}",
    "",
    "/** A precompiled validator: a type guard; after a failed call, `errors` says why. */",
    "export interface Validator<T = unknown> {",
    "  (value: unknown): value is T;",
    "  errors?: ValidationError[] | null;",
    "}",
  );
  for (const root of roots) {
    const type = root.typeName !== undefined ? `Types.${root.typeName}` : "unknown";
    lines.push(
      "",
      docComment(
        root.kind === "response"
          ? `Validates ${root.describe} (forward compatible: x-open-enum enums are open).`
          : `Validates ${root.describe}.`,
      ),
      `export declare const ${root.exportName}: Validator<${type}>;`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A one-line JSDoc comment that no spec string can close early. */
function docComment(text: string): string {
  return `/** ${text.replace(/\*\//g, "*\\/").replace(/[\r\n\u2028\u2029]+/g, " ")} */`;
}

/** The same warning at many places (a pattern copied into 50 schemas) → one, with a count. */
function mergeRepeatedWarnings(diagnostics: Diagnostic[]): void {
  const first = new Map<string, number>();
  const counts = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== "warning") {
      kept.push(diagnostic);
      continue;
    }
    const key = `${diagnostic.code}\u0000${diagnostic.message}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!first.has(key)) {
      first.set(key, kept.length);
      kept.push(diagnostic);
    }
  }
  for (const [key, index] of first) {
    const count = counts.get(key) ?? 1;
    const diagnostic = kept[index] as Diagnostic;
    if (count > 1) {
      kept[index] = { ...diagnostic, message: `${diagnostic.message} (${count} places)` };
    }
  }
  diagnostics.splice(0, diagnostics.length, ...kept);
}

function freeKey(document: { readonly [key: string]: unknown }, base: string): string {
  let key = base;
  for (let n = 1; Object.prototype.hasOwnProperty.call(document, key); n++) key = `${base}-${n}`;
  return key;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
