import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { DiagnosticError } from "../../generator/diagnostics.js";
import type { EmittedFile } from "../../generator/model/types.js";
import { writeOutput } from "../../generator/write.js";

const scratch = mkdtempSync(path.join(tmpdir(), "write-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let parent: string;
let out: string;
let n = 0;
beforeEach(() => {
  parent = path.join(scratch, `case-${++n}`);
  mkdirSync(parent, { recursive: true });
  out = path.join(parent, "generated");
});

const files: EmittedFile[] = [
  { path: "index.ts", contents: "export * from './types.js';\n" },
  { path: "types.d.ts", contents: "export type A = string;\n" },
  { path: "runtime/http.ts", contents: "export const http = 1;\n" },
];

/** Every entry under `dir` (relative path, contents, mtime), sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const abs = path.join(e.parentPath, e.name);
      const s = statSync(abs);
      return `${path.relative(dir, abs)}|${s.isFile() ? readFileSync(abs, "utf8") : "<dir>"}|${s.mtimeMs}`;
    })
    .sort();
}

function siblings(): string[] {
  return readdirSync(parent).sort();
}

describe("write", () => {
  test("creates the folder with every file; reports them sorted", async () => {
    const result = await writeOutput(files, out, { check: false });
    expect(result).toEqual({ stale: [], written: ["index.ts", "runtime/http.ts", "types.d.ts"] });
    expect(readFileSync(path.join(out, "runtime/http.ts"), "utf8")).toBe(
      "export const http = 1;\n",
    );
    expect(siblings()).toEqual(["generated"]);
  });

  test("creates missing parent folders", async () => {
    const deep = path.join(parent, "a", "b", "generated");
    await writeOutput(files, deep, { check: false });
    expect(existsSync(path.join(deep, "index.ts"))).toBe(true);
  });

  test("nothing changed: nothing is touched (same folder, same mtimes)", async () => {
    await writeOutput(files, out, { check: false });
    const before = tree(out);
    const dirMtime = statSync(out).mtimeMs;
    const dirIno = statSync(out).ino;
    await new Promise((r) => setTimeout(r, 20));
    const result = await writeOutput(files, out, { check: false });
    expect(result).toEqual({ stale: [], written: [] });
    expect(tree(out)).toEqual(before);
    expect(statSync(out).mtimeMs).toBe(dirMtime);
    expect(statSync(out).ino).toBe(dirIno);
  });

  test("one file changed: unchanged files keep their mtime, leftovers are removed", async () => {
    await writeOutput(files, out, { check: false });
    writeFileSync(path.join(out, "stale.txt"), "left over\n");
    mkdirSync(path.join(out, "old-folder"));
    writeFileSync(path.join(out, "old-folder", "x.ts"), "x\n");
    const mtimes = Object.fromEntries(
      files.map((f) => [f.path, statSync(path.join(out, f.path)).mtimeMs]),
    );
    await new Promise((r) => setTimeout(r, 20));

    const next = files.map((f) =>
      f.path === "types.d.ts" ? { ...f, contents: "export type A = number;\n" } : f,
    );
    const result = await writeOutput(next, out, { check: false });

    expect(result.written).toEqual(["old-folder/x.ts", "stale.txt", "types.d.ts"]);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual([
      "index.ts",
      "runtime",
      "runtime/http.ts",
      "types.d.ts",
    ]);
    expect(statSync(path.join(out, "index.ts")).mtimeMs).toBe(mtimes["index.ts"]);
    expect(statSync(path.join(out, "runtime/http.ts")).mtimeMs).toBe(mtimes["runtime/http.ts"]);
    expect(statSync(path.join(out, "types.d.ts")).mtimeMs).not.toBe(mtimes["types.d.ts"]);
    expect(readFileSync(path.join(out, "types.d.ts"), "utf8")).toBe("export type A = number;\n");
    expect(siblings()).toEqual(["generated"]); // no temp or old folder left behind
  });

  test("a symlink in the output folder is replaced, never followed", async () => {
    await writeOutput(files, out, { check: false });
    const outside = path.join(parent, "outside.ts");
    writeFileSync(outside, "export * from './types.js';\n");
    rmSync(path.join(out, "index.ts"));
    symlinkSync(outside, path.join(out, "index.ts"));
    const check = await writeOutput(files, out, { check: true });
    expect(check.stale).toEqual(["index.ts"]);
    await writeOutput(files, out, { check: false });
    expect(statSync(path.join(out, "index.ts")).isFile()).toBe(true);
    expect(readFileSync(outside, "utf8")).toBe("export * from './types.js';\n");
  });
});

describe("atomicity", () => {
  test("a failure half-way leaves the output folder untouched and no temp folder", async () => {
    await writeOutput(files, out, { check: false });
    writeFileSync(path.join(out, "sentinel.txt"), "mine\n");
    const before = tree(out);
    // `a` is a file and `a/b.ts` needs `a` to be a folder: writing fails after some files were written.
    const broken: EmittedFile[] = [
      ...files.map((f) => ({ ...f, contents: f.contents + "// new\n" })),
      { path: "a", contents: "file\n" },
      { path: "a/b.ts", contents: "nested\n" },
    ];
    await expect(writeOutput(broken, out, { check: false })).rejects.toThrow();
    expect(tree(out)).toEqual(before);
    expect(siblings()).toEqual(["generated"]);
  });

  test("a failure with no previous output leaves nothing behind", async () => {
    await expect(
      writeOutput(
        [
          { path: "a", contents: "" },
          { path: "a/b", contents: "" },
        ],
        out,
        { check: false },
      ),
    ).rejects.toThrow();
    expect(siblings()).toEqual([]);
  });
});

describe("--check", () => {
  test("reports changed, missing and extra files; writes nothing", async () => {
    await writeOutput(files, out, { check: false });
    writeFileSync(path.join(out, "types.d.ts"), "edited\n");
    rmSync(path.join(out, "runtime/http.ts"));
    writeFileSync(path.join(out, "extra.md"), "extra\n");
    const before = tree(out);
    const result = await writeOutput(files, out, { check: true });
    expect(result).toEqual({ stale: ["extra.md", "runtime/http.ts", "types.d.ts"], written: [] });
    expect(tree(out)).toEqual(before);
    expect(siblings()).toEqual(["generated"]);
  });

  test("up to date → nothing stale", async () => {
    await writeOutput(files, out, { check: false });
    expect(await writeOutput(files, out, { check: true })).toEqual({ stale: [], written: [] });
  });

  test("missing output folder → everything stale, folder not created", async () => {
    const result = await writeOutput(files, out, { check: true });
    expect(result.stale).toEqual(["index.ts", "runtime/http.ts", "types.d.ts"]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("safety", () => {
  test.each([
    "../escape.ts",
    "/etc/passwd",
    "a/../../b.ts",
    "a//b.ts",
    "./a.ts",
    "a\\b.ts",
    "",
    "C:/x.ts",
  ])("rejects %j and writes nothing", async (bad) => {
    await expect(
      writeOutput([...files, { path: bad, contents: "x" }], out, { check: false }),
    ).rejects.toThrow(/refusing to write/);
    await expect(writeOutput([{ path: bad, contents: "x" }], out, { check: true })).rejects.toThrow(
      /refusing to write/,
    );
    expect(siblings()).toEqual([]);
  });

  test("duplicate paths are rejected", async () => {
    await expect(writeOutput([files[0]!, files[0]!], out, { check: false })).rejects.toThrow(
      /share the path/,
    );
  });

  test("an output path that is a file is a diagnostic, and stays as it is", async () => {
    writeFileSync(out, "I am a file\n");
    const error = await writeOutput(files, out, { check: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics[0]!.code).toBe("output-not-directory");
    expect(readFileSync(out, "utf8")).toBe("I am a file\n");
  });

  test("refuses to replace the current directory or one of its ancestors", async () => {
    const cwd = process.cwd();
    const work = path.join(parent, "work");
    mkdirSync(work);
    writeFileSync(path.join(work, "precious.txt"), "keep\n");
    process.chdir(work);
    try {
      await expect(writeOutput(files, ".", { check: false })).rejects.toBeInstanceOf(
        DiagnosticError,
      );
      await expect(writeOutput(files, "..", { check: false })).rejects.toBeInstanceOf(
        DiagnosticError,
      );
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(path.join(work, "precious.txt"), "utf8")).toBe("keep\n");
    expect(readdirSync(work)).toEqual(["precious.txt"]);
  });
});
