#!/usr/bin/env node
/**
 * The executable (`npm run generate`, and `bin` for `npx`): runs main() and sets the exit code.
 * In a checkout, a build older than the generator's sources is rebuilt first (`npm run build`),
 * so `npm run generate` always runs the code that is there.
 */
import { ensureFreshBuild } from "./fresh-build.js";

try {
  await ensureFreshBuild();
  const { main } = await import("./cli.js");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `internal error: ${message}\nThis is a bug in the generator: please report it (with the spec and the command line).\n`,
  );
  process.exitCode = 3;
}
