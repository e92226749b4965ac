/**
 * Bad input through the CLI (main(), in this process): exit code 2, the exact `file:line:col: error[code]: message`
 * line, no stack trace, and the output folder (holding a sentinel file) left untouched.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "./run-cli.js";

const BAD = "test/fixtures/bad";

interface Case {
  readonly name: string;
  readonly spec: string;
  /** The first line of the diagnostic, exactly. */
  readonly line: string;
  /** More text the output must contain. */
  readonly contains?: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: "invalid YAML",
    spec: `${BAD}/invalid-yaml.yaml`,
    line: `${BAD}/invalid-yaml.yaml:7:11: error[yaml-syntax]: Implicit keys of flow sequence pairs need to be on a single line`,
    contains: ["    > 7 |     get: [unclosed", "        |           ^"],
  },
  {
    name: "invalid JSON",
    spec: `${BAD}/invalid-json.json`,
    line: `${BAD}/invalid-json.json:8:1: error[yaml-syntax]: invalid JSON: Expected ',' or '}' after property value`,
  },
  {
    name: "missing file",
    spec: `${BAD}/does-not-exist.yaml`,
    line: `error[file-not-found]: cannot read spec file ${BAD}/does-not-exist.yaml: not found`,
    contains: ["hint: Pass an existing file with --spec."],
  },
  {
    name: "empty file",
    spec: `${BAD}/empty.yaml`,
    line: `${BAD}/empty.yaml:1:1: error[file-empty]: spec file ${BAD}/empty.yaml is empty`,
  },
  {
    name: "JSON array instead of an object",
    spec: `${BAD}/array.json`,
    line: `${BAD}/array.json:1:1: error[not-openapi]: the document is an array, not an OpenAPI object`,
  },
  {
    name: "no openapi field",
    spec: `${BAD}/no-openapi.yaml`,
    line: `${BAD}/no-openapi.yaml:1:1: error[not-openapi]: not an OpenAPI document: the top-level \`openapi\` field is missing`,
  },
  {
    name: "Swagger 2.0",
    spec: `${BAD}/swagger2.yaml`,
    line: `${BAD}/swagger2.yaml:1:10: error[swagger-2]: this is a Swagger "2.0" document; only OpenAPI 3.0 and 3.1 are supported`,
    contains: ["swagger2openapi"],
  },
  {
    name: "openapi 4.0.0",
    spec: `${BAD}/openapi4.yaml`,
    line: `${BAD}/openapi4.yaml:1:10: error[unsupported-version]: OpenAPI version "4.0.0" is not supported (supported: 3.0.x and 3.1.x)`,
  },
  {
    name: "openapi as a number",
    spec: `${BAD}/openapi-number.yaml`,
    line: `${BAD}/openapi-number.yaml:1:10: error[unsupported-version]: \`openapi\` must be a version string such as "3.1.0", not the number 3`,
    contains: ['hint: Quote the version: openapi: "3.0.0"'],
  },
  {
    name: "unresolved local $ref",
    spec: `${BAD}/unresolved-local-ref.yaml`,
    line: `${BAD}/unresolved-local-ref.yaml:14:23: error[unresolved-ref]: $ref "#/components/schemas/Missing" cannot be resolved: no value at #/components/schemas/Missing`,
    contains: [
      "  at /paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
      '    > 14 |                 $ref: "#/components/schemas/Missing"',
      "         |                       ^",
    ],
  },
  {
    name: "unresolved external file $ref",
    spec: `${BAD}/unresolved-external-ref.yaml`,
    line: `${BAD}/unresolved-external-ref.yaml:14:23: error[unresolved-ref]: $ref "./schemas/nope.yaml#/Pet" cannot be resolved: ${BAD}/schemas/nope.yaml not found`,
  },
  {
    name: "unresolved $ref inside a referenced file",
    spec: `${BAD}/unresolved-ref-in-subfile.yaml`,
    line: `${BAD}/schemas/broken.yaml:4:11: error[unresolved-ref]: $ref "#/definitions/Owner" cannot be resolved: no value at #/definitions/Owner`,
    contains: ["  at /properties/owner/$ref"],
  },
  {
    name: "duplicate operationId",
    spec: `${BAD}/duplicate-operation-id.yaml`,
    line: `${BAD}/duplicate-operation-id.yaml:14:20: error[duplicate-operation-id]: operationId "listPets" of GET /cats is already used by GET /pets`,
  },
  {
    name: "undeclared path parameter",
    spec: `${BAD}/undeclared-path-parameter.yaml`,
    line: `${BAD}/undeclared-path-parameter.yaml:7:5: error[undeclared-path-parameter]: path parameter "petId" of GET /pets/{petId} is not declared`,
  },
  {
    name: "path parameter not in the template",
    spec: `${BAD}/unknown-path-parameter.yaml`,
    line: `${BAD}/unknown-path-parameter.yaml:10:11: error[unknown-path-parameter]: path parameter "petId" of GET /pets is not in the path template`,
  },
  {
    name: "structural violation",
    spec: `${BAD}/structural.yaml`,
    line: `${BAD}/structural.yaml:5:31: error[schema-violation]: Expected type \`Responses\` (object) but got \`string\``,
    contains: ["  at /paths/~1x/get/responses"],
  },
  {
    name: "invalid regex pattern",
    spec: `${BAD}/invalid-pattern.yaml`,
    line: `${BAD}/invalid-pattern.yaml:10:16: error[invalid-pattern]: pattern "^[a-z" is not a valid regular expression: Invalid regular expression: /^[a-z/: Unterminated character class`,
  },
  {
    name: "unknown format",
    spec: `${BAD}/unknown-format.yaml`,
    line: `${BAD}/unknown-format.yaml:10:15: error[unknown-format]: Unknown format "phone-number": the validators cannot check it.`,
    contains: ["run without --strict-formats"],
  },
  {
    name: "ill-typed runtime extensions",
    spec: `${BAD}/invalid-extension.yaml`,
    line: `${BAD}/invalid-extension.yaml:7:15: error[invalid-extension]: x-retries.maxRetries must be a non-negative integer`,
    contains: [
      `${BAD}/invalid-extension.yaml:8:3: error[invalid-extension]: unknown key "backof" in x-retries`,
      `${BAD}/invalid-extension.yaml:6:22: error[invalid-extension]: x-retries.statusCodes: "6XX" is not a status (409) or range (5XX)`,
      `${BAD}/invalid-extension.yaml:9:12: error[invalid-extension]: x-timeout must be a positive integer (milliseconds)`,
      `${BAD}/invalid-extension.yaml:13:17: error[invalid-extension]: x-errors.byType.card_error: the class name must be a JavaScript identifier`,
      `${BAD}/invalid-extension.yaml:19:11: error[invalid-extension]: security requirement names an undeclared scheme "nope"`,
      `${BAD}/invalid-extension.yaml:29:24: error[invalid-extension]: x-client-option must be a JavaScript identifier`,
      "generation failed: 7 errors",
    ],
  },
];

const scratch = mkdtempSync(path.join(tmpdir(), "bad-specs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const abs = path.join(e.parentPath, e.name);
      const s = statSync(abs);
      return `${path.relative(dir, abs)} ${s.isFile() ? readFileSync(abs, "utf8") : "<dir>"} ${s.mtimeMs}`;
    })
    .sort();
}

describe("bad specs through the CLI", () => {
  test.each(cases)("$name", async ({ name, spec, line, contains }) => {
    const parent = path.join(scratch, name.replace(/\W+/g, "-"));
    const out = path.join(parent, "generated");
    mkdirSync(path.join(out, "sub"), { recursive: true });
    writeFileSync(path.join(out, "sentinel.txt"), "do not touch\n");
    writeFileSync(path.join(out, "sub", "keep.ts"), "export {};\n");
    const before = snapshot(parent);

    // --force: the folder holds files the generator did not write; they must survive.
    const result = await runCli(["--spec", spec, "--out", out, "--force", "--strict-formats"]);

    expect(result.code, result.output).toBe(2);
    expect(result.stderr.split("\n")).toContain(line);
    for (const text of contains ?? []) expect(result.stderr).toContain(text);
    expect(result.stderr).toMatch(/^generation failed: \d+ errors?/m);
    expect(result.output).not.toMatch(/at .*\.ts:\d+/);
    expect(result.output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(result.stdout).toBe("");
    expect(snapshot(parent)).toEqual(before);
  });
});
