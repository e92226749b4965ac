/** README.md of the generated package: what it is, how to call each operation. */
import type { ApiModel, EmittedFile, OperationModel } from "../model/types.js";
import { markdownHeader, specFileName } from "./header.js";
import { hasParams } from "../model/params-schema.js";
import { BINARY_SAMPLE, parameterExample, paramsExample } from "./example-values.js";
import { paramsOptional } from "./operation-types.js";
import { argsDoc, arrayDoc, objectDoc, PRINT_WIDTH, printDoc, type Doc } from "./layout.js";
import { lineCommentText, propertyKey, stringLiteral } from "./text.js";
import { optionHeaders, requiredCredentials } from "./client-runtime.js";

/** `createClient({ … })` with the options the spec requires (credentials from the environment). */
function createClientCall(model: ApiModel): string {
  const env = (name: string): string =>
    `process.env.${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}!`;
  const options = [
    ...requiredCredentials(model),
    ...optionHeaders(model)
      .filter((h) => h.required)
      .map((h) => h.option),
  ].map((o): readonly [string, Doc] => [propertyKey(o), env(o)]);
  if (options.length === 0) return "const client = createClient();";
  const call = argsDoc("createClient(", [objectDoc(options)], ")");
  return `const client = ${printDoc(call, { start: 15, suffix: ";" })};`;
}

export function emitReadme(model: ApiModel): EmittedFile {
  const sections = [
    markdownHeader(model),
    `# ${lineCommentText(model.packageName)}\n`,
    `Client, types and validators for **${lineCommentText(model.title)}** ${lineCommentText(model.version)}, generated from \`${lineCommentText(specFileName(model))}\`. ESM, no runtime dependencies.\n`,
    "## Usage\n",
    fence(
      [
        `import { createClient } from ${stringLiteral(model.packageName)};`,
        "",
        createClientCall(model),
      ].join("\n"),
    ),
    "## Operations\n",
    ...model.operations.map((op) => operationSection(model, op)),
    "## Validators\n",
    `Every component schema has a precompiled validator (\`${model.schemas[0]?.validatorName ?? "validateX"}(value)\`, errors in \`.errors\`), importable from \`${lineCommentText(model.packageName)}/validators\` without ajv.\n`,
  ];
  // Written in its final layout (the code through layout.ts): no formatter pass.
  return { path: "README.md", contents: sections.join("\n"), preformatted: true };
}

function operationSection(model: ApiModel, op: OperationModel): string {
  const title = `### \`client.${op.group}.${op.methodName}\` — \`${op.method.toUpperCase()} ${lineCommentText(op.path).replace(/`/g, "'")}\`\n`;
  const summary = op.summary ? `${lineCommentText(op.summary)}\n` : "";
  return [title, summary, fence(callExample(model, op))].filter((part) => part !== "").join("\n");
}

function callExample(model: ApiModel, op: OperationModel): string {
  const document = model.document;
  const args: Doc[] = op.pathParams.map((p) =>
    literal(parameterExample(document, p) ?? `${p.name}_value`),
  );
  if (hasParams(op)) {
    const params = paramsExample(document, op, !paramsOptional(op));
    if (params !== undefined) args.push(valueDoc(params));
  }
  const callee = `await client.${propertyKey(op.group)}.${op.methodName}(`;
  const head = `const result = ${callee}`;
  if (head.length <= PRINT_WIDTH) return `${printDoc(argsDoc(head, args, ")"), { suffix: ";" })};`;
  // A callee too long for one line starts on the next, indented (as prettier breaks it).
  const call = printDoc(argsDoc(callee, args, ")"), { base: 2, suffix: ";" });
  return `const result =\n  ${call.replace(/\n/g, "\n  ")};`;
}

function literal(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/**
 * An example value as code: JSON, a binary sample as a Blob; objects one property per line (as
 * JSON is usually written), arrays on one line when they fit.
 */
function valueDoc(value: unknown): Doc {
  if (value === BINARY_SAMPLE) return 'new Blob(["…"])';
  if (Array.isArray(value)) return arrayDoc(value.map(valueDoc));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const doc = objectDoc(entries.map(([k, v]) => [propertyKey(k), valueDoc(v)] as const));
    return entries.length > 0 ? { ...doc, breaks: true } : doc;
  }
  return literal(value);
}

/** A fenced code block whose fence is longer than any run of backticks inside. */
function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}ts\n${code}\n${marks}\n`;
}
