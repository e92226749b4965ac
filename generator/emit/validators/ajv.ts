/** The ajv instance the validators are compiled with (see emit/validators.ts for the options). */
import { Ajv2020, _, type Options } from "ajv/dist/2020.js";
import { resolveSchema, SchemaEnv } from "ajv/dist/compile/index.js";
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import { regExp as runtimeRegExp } from "../../../templates/validators/runtime.js";

/** Compiler settings; the defaults are the decisions in emit/validators.ts. */
export interface ValidatorTuning {
  readonly allErrors: boolean;
  /** ajv `inlineRefs`: inline referenced schemas without refs (true), up to N keywords, or never. */
  readonly inlineRefs: boolean | number;
}

export const DEFAULT_TUNING: ValidatorTuning = { allErrors: true, inlineRefs: 20 };

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
  if (!uses.unevaluated) flags.unevaluated = false;
  return ajv;
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
