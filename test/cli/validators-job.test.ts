/**
 * The validators job (generator/validators-job.ts): the worker's reply is taken as it comes, and
 * every way a worker can fail (it cannot start, it dies, it reports an error) ends in the same
 * validators emitted on the main thread, with a `--timings` lap that says why. The real worker
 * runs from the build: test/cli/smoke.test.ts compares its output with the one-thread path.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_TUNING, emitValidators } from "../../generator/emit/validators.js";
import type { ApiModel } from "../../generator/model/types.js";
import * as stage from "../../generator/stages.js";
import { Timings } from "../../generator/timings.js";
import { startValidatorsJob } from "../../generator/validators-job.js";

const scratch = mkdtempSync(path.join(tmpdir(), "validators-job-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A worker module with this body, as a file URL. */
function workerFile(name: string, body: string): URL {
  const file = path.join(scratch, `${name}.mjs`);
  writeFileSync(file, `import { parentPort } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(file);
}

let model: ApiModel;
beforeAll(async () => {
  const { spec } = await stage.loadStage("test/fixtures/bad/unknown-format.yaml");
  model = (await stage.modelStage(spec!)).model!;
});

const options = { strictFormats: false };
const here = () => emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: true });

describe("validators job", () => {
  test("the worker's reply is the result, and its laps are recorded as its own", async () => {
    const reply = {
      files: [{ path: "validators.js", contents: "// made there\n" }],
      diagnostics: [],
    };
    const entry = workerFile(
      "replies",
      `parentPort.once("message", (m) => parentPort.postMessage({ ok: m.strictFormats === false,
        result: ${JSON.stringify(reply)}, laps: [["validators", 7, "validators worker"]] }));`,
    );
    const timings = new Timings();
    const job = startValidatorsJob(timings, true, entry);
    expect(await (await job.emit(model, options)).result).toEqual(reply);
    expect(timings.list).toEqual([["validators", 7, "validators worker"]]);
    job.close();
  });

  test.each([
    ["no worker file", undefined, "validators (no worker)"],
    [
      "it throws as it starts",
      'throw new Error("cannot load");',
      "the worker failed: Error: cannot load",
    ],
    ["it exits", "process.exit(3);", "the worker failed: Error: it exited (code 3)"],
    [
      "it reports an error",
      'parentPort.once("message", () => parentPort.postMessage({ ok: false, message: "boom" }));',
      "the worker failed: Error: boom",
    ],
  ])("%s: the validators are emitted on the main thread", async (name, body, lap) => {
    const entry =
      body === undefined ? pathToFileURL(path.join(scratch, "none.mjs")) : workerFile(name, body);
    const timings = new Timings();
    const job = startValidatorsJob(timings, true, entry);
    const { result } = await job.emit(model, options);
    expect(await result).toEqual(here());
    expect(timings.list.map(([stage, , thread]) => [stage, thread])).toEqual([
      [expect.stringContaining(lap), "main thread"],
    ]);
    job.close();
  });

  test("without a worker (validatorsWorker: false): done before emit() resolves", async () => {
    const timings = new Timings();
    const job = startValidatorsJob(timings, false);
    const { result } = await job.emit(model, { strictFormats: true });
    expect(timings.list.map(([stage, , thread]) => [stage, thread])).toEqual([
      ["validators", "main thread"],
    ]);
    const strict = emitValidators(model, DEFAULT_TUNING, { acceptUnknownFormats: false });
    expect(await result).toEqual(strict);
    expect(strict.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });
});
