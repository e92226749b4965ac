/**
 * Regenerates the fixture goldens (`npm run golden`), through run() as the CLI calls it, into
 * emptied folders. The only way test/golden/ changes; review the diff like code.
 */
import { rm } from "node:fs/promises";
import { run } from "../../generator/index.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

let failed = false;
for (const { name, spec } of GOLDEN_FIXTURES) {
  const out = `test/golden/${name}`;
  await rm(out, { recursive: true, force: true });
  const result = await run({ spec, out, check: false });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  process.stdout.write(`${name}: exit ${result.exitCode}, ${result.written.length} files written\n`);
  for (const d of errors) process.stdout.write(`  ${d.code}: ${d.message}\n`);
  if (result.exitCode !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
