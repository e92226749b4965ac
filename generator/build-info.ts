/**
 * `node dist/build-info.js` (the last step of `npm run build`):
 * - records the hash of the sources the build was made from, in dist/build-info.json.
 *   fingerprint.ts reads it where the sources are not shipped (an installed copy); fresh-build.ts
 *   compares it with the sources in a checkout;
 * - compiles and formats the runtime (it does not depend on any spec) into dist/runtime.json, so no
 *   run pays for it, not even the first.
 */
import { writeFile } from "node:fs/promises";
import { emitRuntime, PREBUILT } from "./emit/runtime.js";
import { hashSources, type BuildInfo } from "./fingerprint.js";
import { formatFiles } from "./format.js";

const runtime = await formatFiles(await emitRuntime());
await writeFile(
  PREBUILT,
  JSON.stringify(runtime.map((f) => ({ path: f.path, contents: f.contents }))),
);

const sources = await hashSources();
if (sources === undefined) throw new Error("no generator/ sources to record");
const info: BuildInfo = { sources };
await writeFile(new URL("./build-info.json", import.meta.url), `${JSON.stringify(info)}\n`);
