/**
 * Structural validation against the OpenAPI 3.0 / 3.1 specification, with Redocly's `struct` rule
 * (the same one `redocly lint` runs) over the bundled document. Redocly reports JSON pointers of
 * the bundled document, which `Reporter` maps back to file:line:column.
 *
 * Severity policy: everything is an error, except what the generator can safely ignore:
 * - unknown keywords inside a Schema Object (JSON Schema allows them; 3.0 specs in the wild use
 *   `propertyNames`, `nullable` in 3.1, typos such as `min_items`): warning;
 * - `nullable` without `type` in 3.0 (common and harmless: the generator reads it as "may be null"):
 *   warning.
 *
 * `type: "null"` in a 3.0 document (a 3.1 idiom) stays an error, with a message that says so.
 */
import { restoreAliases, withoutPrototypeKeys } from "../prototype-keys.js";
import type { Reporter } from "./util.js";
import { parsePointer } from "../load/pointer.js";
import { getAt, kindOfPointer } from "./util.js";

type Problem = {
  ruleId: string;
  message: string;
  suggest: string[];
  location: { pointer?: string }[];
};
type Lint = (document: Record<string, unknown>, entryFile: string) => Promise<Problem[]>;

let linterPromise: Promise<Lint> | undefined;

/**
 * The struct rule run directly through Redocly's walker (deep imports of `lib/…`), which loads in
 * ~⅓ of the time of the package entry point (the entry point pulls in the config machinery:
 * ~0.6 s). If the internals moved, fall back to the public `lintDocument` + `createConfig`.
 */
function linter(): Promise<Lint> {
  linterPromise ??= fastLinter().catch(() => publicLinter());
  return linterPromise;
}

async function fastLinter(): Promise<Lint> {
  const [resolve, visitors, walk, types, oasTypes, struct] = await Promise.all([
    import("@redocly/openapi-core/lib/resolve.js"),
    import("@redocly/openapi-core/lib/visitors.js"),
    import("@redocly/openapi-core/lib/walk.js"),
    import("@redocly/openapi-core/lib/types/index.js"),
    import("@redocly/openapi-core/lib/oas-types.js"),
    import("@redocly/openapi-core/lib/rules/common/struct.js"),
  ]);
  const normalized = new Map<string, ReturnType<typeof types.normalizeTypes>>();
  return async (document, entryFile) => {
    const specVersion = oasTypes.detectSpec(document);
    let nodeTypes = normalized.get(specVersion);
    if (!nodeTypes) {
      nodeTypes = types.normalizeTypes(oasTypes.getTypes(specVersion), {
        doNotResolveExamples: true,
      });
      normalized.set(specVersion, nodeTypes);
    }
    const doc = { source: new resolve.Source(`/__bundled__/${entryFile}`, ""), parsed: document };
    const resolvedRefMap = await resolve.resolveDocument({
      rootDocument: doc,
      rootType: nodeTypes.Root!,
      externalRefResolver: offlineResolver(new resolve.BaseResolver()),
    });
    const rules = [{ severity: "error" as const, ruleId: "struct", visitor: struct.Struct({}) }];
    const ctx = { problems: [] as Problem[], oasVersion: specVersion, visitorsData: {} };
    walk.walkDocument({
      document: doc,
      rootType: nodeTypes.Root!,
      normalizedVisitors: visitors.normalizeVisitors(rules as never, nodeTypes),
      resolvedRefMap,
      ctx: ctx as never,
    });
    return ctx.problems;
  };
}

async function publicLinter(): Promise<Lint> {
  const redocly = await import("@redocly/openapi-core");
  // No config lookup from disk, no recommended ruleset: only the structural rule.
  const config = await redocly.createConfig({ extends: [], rules: { struct: "error" } });
  return async (document, entryFile) =>
    redocly.lintDocument({
      document: { source: new redocly.Source(`/__bundled__/${entryFile}`, ""), parsed: document },
      config: config.styleguide,
      externalRefResolver: offlineResolver(new redocly.BaseResolver()),
    });
}

/** A resolver that never reads files or the network: the bundled document is self-contained. */
function offlineResolver<T extends { loadExternalRef(ref: string): Promise<unknown> }>(
  resolver: T,
): T {
  resolver.loadExternalRef = async (absoluteRef: string) => {
    throw new Error(`not loaded: ${absoluteRef}`);
  };
  return resolver;
}

export async function checkStructure(
  document: Record<string, unknown>,
  entryFile: string,
  reporter: Reporter,
): Promise<void> {
  const lint = await linter();
  const aliases = new Map<string, string>();
  let problems: Problem[];
  try {
    problems = await lint(
      withoutPrototypeKeys(document, aliases) as Record<string, unknown>,
      entryFile,
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reporter.report(
      "warning",
      "schema-violation",
      `structural check skipped: ${detail}`,
      "",
      undefined,
    );
    return;
  }
  for (const problem of problems) {
    if (problem.ruleId !== "struct" && problem.ruleId !== "spec") continue;
    const location = problem.location[0];
    const raw = restoreAliases(location?.pointer ?? "#", aliases);
    const pointer = raw.startsWith("#") ? raw.slice(1) : raw;
    let message = problem.message.replace(/\.$/, "");
    let suggestion =
      problem.suggest.length > 0 ? `Did you mean \`${problem.suggest[0]}\`?` : undefined;
    if (isNullType30(message, pointer, document)) {
      message = '`type: "null"` is OpenAPI 3.1 (JSON Schema) syntax, not OpenAPI 3.0';
      suggestion =
        "In OpenAPI 3.0 write `nullable: true` on the schema that may be null (instead of an " +
        '`anyOf`/`oneOf` branch `{type: "null"}`), or declare the document `openapi: 3.1.0`.';
    }
    reporter.report(
      severityOf(message, pointer, document),
      "schema-violation",
      message,
      pointer,
      suggestion,
    );
  }
}

function isNullType30(message: string, pointer: string, document: unknown): boolean {
  return (
    message.startsWith("`type` can be one of the following only") &&
    pointer.endsWith("/type") &&
    getAt(document, parsePointer(pointer)) === "null"
  );
}

function severityOf(message: string, pointer: string, document: unknown): "error" | "warning" {
  if (message.startsWith("The `type` field must be defined when the `nullable` field is used")) {
    return "warning";
  }
  if (/^Property `[^`]*` is not expected here$/.test(message)) {
    const parent = pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
    if (kindOfPointer(document, parent) === "schema") return "warning";
  }
  return "error";
}
