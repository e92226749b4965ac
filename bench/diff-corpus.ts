/**
 * `npm run diff` on two versions of a large public spec: Twilio's API v2010 (1.9 MB of JSON, 121
 * paths, from ../shared/corpus) as HEAD, and as BASE the same document with a few entries of
 * Twilio's changelog (twilio-oai CHANGES.md) taken back out: Message scheduling (`ScheduleType`,
 * `SendAt`, the `scheduled`/`canceled` statuses), `RiskCheck`, Content API parameters
 * (`ContentSid`, `ContentVariables`) and the `partially_delivered` status. Prints time, peak RSS,
 * the verdict and the changes by code. Run: `npx tsx bench/diff-corpus.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeFailure, measureNode, table } from "./measure.js";

const HEAD = "../shared/corpus/twilio-api-v2010/twilio_api_v2010.json";
const MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** HEAD with the changelog entries above reverted. */
function baseVersion(head: Json): Json {
  const base = structuredClone(head);
  const create =
    base.paths[MESSAGES].post.requestBody.content["application/x-www-form-urlencoded"].schema;
  for (const name of ["ScheduleType", "SendAt", "RiskCheck", "ContentSid", "ContentVariables"]) {
    delete create.properties[name];
  }
  const schemas = base.components.schemas;
  delete schemas.message_enum_schedule_type;
  delete schemas.message_enum_risk_check;
  const without = (values: string[], removed: string[]): string[] =>
    values.filter((v) => !removed.includes(v));
  schemas.message_enum_status.enum = without(schemas.message_enum_status.enum, [
    "scheduled",
    "canceled",
    "partially_delivered",
  ]);
  schemas.message_enum_update_status.enum = without(schemas.message_enum_update_status.enum, [
    "canceled",
  ]);
  return base;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-diff-corpus-"));
  try {
    const base = path.join(dir, "twilio-base.json");
    writeFileSync(
      base,
      JSON.stringify(baseVersion(JSON.parse(readFileSync(HEAD, "utf8")) as Json), null, 2),
    );
    const m = await measureNode(
      ["--import", "tsx"],
      "generator/diff-cli.ts",
      [base, HEAD, "--json"],
      { env: { ...process.env, CI: "1" }, timeout: 600_000 },
    );
    if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(describeFailure(m));
    const report = JSON.parse(m.stdout) as {
      verdict: string;
      changes: {
        level: string;
        code: string;
        message: string;
        file: string;
        line: number;
        column: number;
      }[];
    };
    console.log(`\n## diff: ${HEAD}, changelog entries reverted → as published\n`);
    console.log(
      table(
        ["time ms", "peak RSS MB", "verdict", "exit", "changes"],
        [
          [
            m.ms.toFixed(0),
            (m.maxRssMb ?? 0).toFixed(0),
            report.verdict,
            String(m.exitCode),
            String(report.changes.length),
          ],
        ],
      ),
    );
    const byCode = new Map<string, number>();
    for (const c of report.changes)
      byCode.set(`${c.level} ${c.code}`, (byCode.get(`${c.level} ${c.code}`) ?? 0) + 1);
    console.log(
      "\n" +
        table(
          ["level and code", "count"],
          [...byCode].map(([k, n]) => [k, String(n)]),
        ),
    );
    console.log("\nFirst changes:");
    for (const c of report.changes.slice(0, 6))
      console.log(`- ${c.level} ${c.code}: ${c.message} (${c.file}:${c.line}:${c.column})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
