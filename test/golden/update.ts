/**
 * Regenerates the fixture goldens with the real CLI (`npm run golden`). The only way
 * test/golden/ changes; review the diff like code.
 */
import { runCli } from "../helpers/run-cli.js";
import { GOLDEN_FIXTURES } from "./fixtures.js";

let failed = false;
for (const { name, spec } of GOLDEN_FIXTURES) {
  const result = runCli(["--spec", spec, "--out", `test/golden/${name}`]);
  process.stdout.write(`${name}: exit ${result.code}\n${result.stdout}${result.stderr}`);
  if (result.code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
