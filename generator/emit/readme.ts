/** README.md of the generated package: what it is, how to call each operation. */
import type { ApiModel, EmittedFile, OperationModel } from "../model/types.js";
import { markdownHeader, specFileName } from "./header.js";
import { hasParams } from "../model/params-schema.js";
import { BINARY_SAMPLE, parameterExample, paramsExample } from "./example-values.js";
import { paramsOptional } from "./operation-types.js";
import { lineCommentText, propertyKey, stringLiteral } from "./text.js";
import { optionHeaders, requiredCredentials } from "./client-runtime.js";

/** `createClient({ … })` with the options the spec requires (credentials from the environment). */
function createClientCall(model: ApiModel): string {
  const env = (name: string): string =>
    `process.env.${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}!`;
  const options = [
    ...requiredCredentials(model).map((o) => `${propertyKey(o)}: ${env(o)}`),
    ...optionHeaders(model)
      .filter((h) => h.required)
      .map((h) => `${propertyKey(h.option)}: ${env(h.option)}`),
  ];
  return options.length === 0
    ? "const client = createClient();"
    : `const client = createClient({ ${options.join(", ")} });`;
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
  return { path: "README.md", contents: sections.join("\n") };
}

function operationSection(model: ApiModel, op: OperationModel): string {
  const title = `### \`client.${op.group}.${op.methodName}\` — \`${op.method.toUpperCase()} ${lineCommentText(op.path).replace(/`/g, "'")}\`\n`;
  const summary = op.summary ? `${lineCommentText(op.summary)}\n` : "";
  return [title, summary, fence(callExample(model, op))].join("\n");
}

function callExample(model: ApiModel, op: OperationModel): string {
  const document = model.document;
  const args = op.pathParams.map((p) =>
    literal(parameterExample(document, p) ?? `${p.name}_value`),
  );
  if (hasParams(op)) {
    const params = paramsExample(document, op, !paramsOptional(op));
    if (params !== undefined) args.push(exampleCode(params));
  }
  return `const result = await client.${propertyKey(op.group)}.${op.methodName}(${args.join(", ")});`;
}

function literal(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/** JSON for an example value, binary samples as a Blob. */
function exampleCode(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .split(JSON.stringify(BINARY_SAMPLE))
    .join('new Blob(["…"])');
}

/** A fenced code block whose fence is longer than any run of backticks inside. */
function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}ts\n${code}\n${marks}\n`;
}
