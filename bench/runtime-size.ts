/**
 * Shipped size of the client runtime vs openapi-fetch: each entry bundled with esbuild (ESM,
 * browser platform, minified), then gzipped (level 9).
 * Run: `npx tsx bench/runtime-size.ts`.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Size {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
}

async function bundleSize(name: string, contents: string): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts", sourcefile: `${name}-entry.ts` },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return {
    name,
    minified: code.byteLength,
    gzipped: zlib.gzipSync(code, { level: 9 }).byteLength,
  };
}

export async function run(): Promise<void> {
  const ours = await bundleSize(
    "templates/runtime",
    'export * from "./templates/runtime/index.ts";',
  );
  const theirs = await bundleSize(
    "openapi-fetch",
    'export * from "openapi-fetch"; export { default } from "openapi-fetch";',
  );
  console.log("Runtime size (esbuild --bundle --minify, then gzip -9)");
  console.table(
    [ours, theirs].map((s) => ({
      bundle: s.name,
      "minified bytes": s.minified,
      "gzipped bytes": s.gzipped,
    })),
  );
  console.log(
    `ratio ours / openapi-fetch: minified ${(ours.minified / theirs.minified).toFixed(2)}, ` +
      `gzipped ${(ours.gzipped / theirs.gzipped).toFixed(2)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
