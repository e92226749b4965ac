/** The ajv instance the validators are compiled with (see emit/validators.ts for the options). */
import {
  Ajv2020,
  _,
  type CodeKeywordDefinition,
  type KeywordCxt,
  type Options,
} from "ajv/dist/2020.js";
import { not } from "ajv/dist/compile/codegen/index.js";
import type { JSONType } from "ajv/dist/compile/rules.js";
import { checkDataTypes } from "ajv/dist/compile/validate/dataType.js";
import { validateUnion } from "ajv/dist/vocabularies/code.js";
import { resolveSchema, SchemaEnv } from "ajv/dist/compile/index.js";
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import { regExp as runtimeRegExp } from "../../../templates/validators/runtime.js";

/** Compiler settings; the defaults are the decisions in emit/validators.ts. */
export interface ValidatorTuning {
  readonly allErrors: boolean;
  /** ajv `inlineRefs`: inline referenced schemas without refs (true), up to N keywords, or never. */
  readonly inlineRefs: boolean | number;
}

export const DEFAULT_TUNING: ValidatorTuning = { allErrors: true, inlineRefs: false };

export function createAjv(
  formats: ReadonlyMap<string, unknown>,
  uses: {
    readonly legacyPatterns: boolean;
    readonly unevaluated: boolean;
    readonly prototypeKeys: boolean;
  },
  tuning: ValidatorTuning,
): Ajv2020 {
  const { legacyPatterns } = uses;
  const ignore = (): void => {};
  const options: Options = {
    strict: false,
    // A property named `constructor` or `toString` must not be found on Object.prototype (an
    // absent optional one would fail "must be string"): property checks then use hasOwnProperty.
    // Only then: it makes every validator several times slower.
    ownProperties: uses.prototypeKeys,
    allErrors: tuning.allErrors,
    inlineRefs: tuning.inlineRefs,
    validateSchema: false,
    addUsedSchema: false,
    unicodeRegExp: true,
    messages: true,
    logger: { log: ignore, warn: ignore, error: ignore },
    formats: Object.fromEntries(formats) as Options["formats"],
    code: {
      source: true,
      esm: true,
      lines: true,
      optimize: true,
      formats: _`__formats`,
      ...(legacyPatterns
        ? {
            regExp: Object.assign((source: string, flags: string) => runtimeRegExp(source, flags), {
              code: "__regExp",
            }),
          }
        : {}),
    },
  };
  const ajv = new Ajv2020(options);
  // Ajv2020 always generates the bookkeeping of `unevaluated*` (an `evaluated` object read on
  // every call) and of `$dynamicRef` (a `dynamicAnchors` argument passed to every call). The
  // copies never contain `$dynamicRef`, and mostly no `unevaluated*`: switching both off gives
  // ~10% faster and ~5% smaller code. These flags are only read when code is generated.
  const flags = ajv.opts as { dynamicRef?: boolean; unevaluated?: boolean };
  flags.dynamicRef = false;
  // The rules hold this instance's copy of each keyword's definition: changed here only.
  if (!uses.unevaluated) {
    flags.unevaluated = false;
    const anyOf = ajv.RULES.all.anyOf;
    if (typeof anyOf === "object")
      (anyOf.definition as CodeKeywordDefinition).code = anyOfPassFirst;
  }
  const enumRule = ajv.RULES.all.enum;
  if (typeof enumRule === "object") {
    const definition = enumRule.definition as CodeKeywordDefinition;
    definition.code = enumIncludes(definition.code);
  }
  return ajv;
}

/**
 * `anyOf` as ajv compiles it, behind a check of one of its branches that is a bare `type`
 * (`{type: "null"}`, the nullable form of `anyOf: [{$ref}, …]`), when that branch is not the
 * first. A value of that type passes the `anyOf` (whatever the other branches say), so the other
 * branches are not run for it: ajv would run them, record their errors and drop them all. The
 * result and the errors are the same; valid `null`s no longer pay for a failing branch (a call to
 * another validator, an error object). Only without `unevaluated*` (then no branch has to run
 * for the properties it evaluates).
 */
function anyOfPassFirst(cxt: KeywordCxt): void {
  const branches = cxt.schema as unknown[];
  const bare = branches.findIndex((branch, index) => index > 0 && bareTypes(branch) !== undefined);
  if (bare === -1) return validateUnion(cxt);
  const types = bareTypes(branches[bare]) as JSONType[];
  cxt.gen.if(not(checkDataTypes(types, cxt.data, cxt.it.opts.strictNumbers)));
  validateUnion(cxt);
  cxt.gen.endIf();
}

/** From this many values, an enum of primitives is checked by `includes` (see enumIncludes). */
const ENUM_INCLUDES = 8;

/**
 * ajv checks an enum as a chain of `data === value` (deep `equal` for objects): on a large public
 * spec, enums of up to 300 values made 275 kB of chains. An enum of at least ENUM_INCLUDES
 * primitives is checked as `allowedValues.includes(data)` instead: the same verdict (the values
 * are JSON, so never NaN, the one value `includes` and `===` disagree on), the array the error
 * reports anyway, as fast (bench/validators.ts).
 */
function enumIncludes(ajvCode: CodeKeywordDefinition["code"]): CodeKeywordDefinition["code"] {
  return (cxt) => {
    const values = cxt.schema as unknown;
    const primitives =
      !cxt.$data &&
      Array.isArray(values) &&
      values.length >= ENUM_INCLUDES &&
      values.every((value) => value === null || typeof value !== "object");
    if (!primitives) return ajvCode(cxt);
    cxt.pass(_`${cxt.schemaCode}.includes(${cxt.data})`);
  };
}

/** The types of a schema that is `{type}` and nothing else. */
function bareTypes(schema: unknown): JSONType[] | undefined {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return undefined;
  const keys = Object.keys(schema);
  if (keys.length !== 1 || keys[0] !== "type") return undefined;
  const type = (schema as { type: unknown }).type;
  const types = Array.isArray(type) ? type : [type];
  return types.every((t) => typeof t === "string") ? (types as JSONType[]) : undefined;
}

/**
 * ajv caches a schema reached by `getSchema(ref)` apart from the same schema reached by a `$ref`
 * inside the document, so a component used both as a root and by another schema was compiled
 * twice (on a 365-path public payments spec, 862 of 2,000 functions). Registering every root first under the URI a
 * `$ref` resolves to makes both paths find one environment, compiled once. (ajv internals: pinned.)
 */
export function shareRootEnvironments(ajv: Ajv2020, refs: readonly string[]): void {
  const registry = ajv as unknown as { refs: Record<string, unknown> };
  for (const ref of refs) {
    const key = resolveUrl(ajv.opts.uriResolver, "", ref);
    if (registry.refs[key] !== undefined) continue;
    const env = resolveSchema.call(ajv, new SchemaEnv({ schema: {}, schemaId: "$id" }), key);
    if (env !== undefined) registry.refs[key] = env;
  }
}
