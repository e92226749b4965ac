/**
 * `npm run generate` runs the compiled generator (dist/). `npm ci` builds it (`prepare`); in a
 * checkout whose sources changed since, the build is stale, and this rebuilds it before anything
 * else of it is loaded. An installed copy (no sources beside it) is never rebuilt.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { hashSources, readBuildInfo } from "./fingerprint.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export async function ensureFreshBuild(): Promise<void> {
  if (!import.meta.url.endsWith(".js")) return; // run from source
  const sources = await hashSources();
  if (sources === undefined || (await readBuildInfo())?.sources === sources) return;
  process.stderr.write(
    "The generator's sources changed since it was built: rebuilding (npm run build)…\n",
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  for (const args of [[tsc, "-p", "tsconfig.build.json"], ["dist/build-info.js"]]) {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`the build failed (node ${args.join(" ")})`);
  }
}
