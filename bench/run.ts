/**
 * `npm run bench`: every benchmark in one process run, each printing its own table of ratios
 * against its peers. Set BENCH_ONLY=generate,encoder to run a subset.
 */
const BENCHES: readonly string[] = [
  "generate",
  "encoder",
  "runtime-size",
  "validators",
  "peers",
  "scale",
  "diff",
];

const only = process.env["BENCH_ONLY"]?.split(",").map((s) => s.trim());
for (const name of BENCHES) {
  if (only && !only.includes(name)) continue;
  let module: { run: () => Promise<void> };
  try {
    module = (await import(`./${name}.js`)) as { run: () => Promise<void> };
  } catch (error) {
    console.log(`\n## ${name}: not available (${error instanceof Error ? error.message : error})`);
    continue;
  }
  await module.run();
}
