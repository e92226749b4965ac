// bench/worker-split.ts's runner: `generate` through run() of the build (dist/index.js), with the
// validators on the worker thread (as the CLI runs) or on the main thread.
// Usage: node bench/split/run.mjs SPEC OUT worker|main
const { run } = await import(new URL("../../dist/index.js", import.meta.url).href);
const [spec, out, thread] = process.argv.slice(2);
const result = await run({ spec, out, check: false, validatorsWorker: thread === "worker" });
if (result.exitCode !== 0) {
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  process.stderr.write(errors.map((d) => `error[${d.code}]: ${d.message}`).join("\n") + "\n");
}
process.exitCode = result.exitCode;
