/** The package frame: package.json, the entry module, the README. */
import type { ApiModel, EmittedFile } from "../model/types.js";
import { codeHeader, specFileName } from "./header.js";

export function emitPackageJson(model: ApiModel): EmittedFile {
  const info = model.document["info"] as Record<string, unknown> | undefined;
  const license = info?.["license"] as Record<string, unknown> | undefined;
  const pkg: Record<string, unknown> = {
    name: model.packageName,
    version: model.version,
    description: `Client, types and validators for ${model.title}, generated from ${specFileName(model)}.`,
    type: "module",
    main: "./index.js",
    types: "./index.d.ts",
    exports: {
      ".": { types: "./index.d.ts", default: "./index.js" },
      "./validators": { types: "./validators.d.ts", default: "./validators.js" },
      "./types": { types: "./types.d.ts" },
      "./package.json": "./package.json",
    },
    sideEffects: false,
    engines: { node: ">=20" },
    ...(typeof license?.["identifier"] === "string" ? { license: license["identifier"] } : {}),
  };
  return {
    path: "package.json",
    contents: `${JSON.stringify(pkg, null, 2)}\n`,
    preformatted: true,
  };
}

export function emitEntry(model: ApiModel): EmittedFile[] {
  const header = codeHeader(model);
  const js = [
    `export * from "./client.js";`,
    ...(model.enums.length > 0 ? [`export * from "./enums.js";`] : []),
    `export * from "./validators.js";`,
    `export * from "./runtime/index.js";`,
  ].join("\n");
  // Both the validators and the runtime name a `Validator` type: the validators' one wins.
  const dts = [
    js,
    `export type { Validator, ValidationError } from "./validators.js";`,
    `export type * from "./types.js";`,
  ].join("\n");
  return [
    { path: "index.js", contents: `${header}${js}\n`, preformatted: true },
    { path: "index.d.ts", contents: `${header}${dts}\n`, preformatted: true },
  ];
}
