/**
 * vitest globalSetup: the real-CLI tests run the compiled generator (dist/), so it is built, or
 * rebuilt when its sources changed, once before any test file starts (never by two at once).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export default function setup(): void {
  const [cmd, args] = existsSync(`${ROOT}dist/bin.js`)
    ? [process.execPath, ["dist/bin.js", "--help"]] // rebuilds first when stale
    : ["npm", ["run", "-s", "build"]];
  const result = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cannot build the generator:\n${result.stderr}`);
}
