/**
 * A diff input: a file, or `git:REF:PATH` (PATH relative to the repository root, as in
 * `git show REF:PATH`). A git input is extracted with `git archive` (the folder holding PATH, so
 * `$ref`s to sibling files resolve) into a temporary folder; positions in it are shown as
 * `git:REF:<path>`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Input {
  /** As given: `spec/openapi.yaml`, `git:main:spec/openapi.yaml`. */
  readonly label: string;
  /** The file to load. */
  readonly file: string;
  /** A loaded file's display name (relative to the cwd) → the name to show. */
  readonly display: (file: string) => string;
  /** The reverse of `display`, to read a file's text for code frames. */
  readonly loadedName: (shown: string) => string;
  readonly dispose: () => void;
}

export class InputError extends Error {}

const same = (file: string): string => file;

export function openInput(spec: string): Input {
  if (!spec.startsWith("git:")) {
    return { label: spec, file: spec, display: same, loadedName: same, dispose: () => undefined };
  }
  const rest = spec.slice(4);
  const colon = rest.lastIndexOf(":");
  const ref = rest.slice(0, colon);
  const file = rest.slice(colon + 1).replace(/^\.\//, "");
  if (colon <= 0 || file === "") {
    throw new InputError(`${spec}: expected git:REF:PATH (e.g. git:main:spec/openapi.yaml)`);
  }
  return extract(spec, ref, file);
}

function git(args: readonly string[], cwd?: string): Buffer {
  try {
    return execFileSync("git", args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1 << 30,
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new InputError(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

function extract(label: string, ref: string, file: string): Input {
  const root = git(["rev-parse", "--show-toplevel"]).toString().trim();
  git(["cat-file", "-e", `${ref}:${file}`], root);
  const dir = path.posix.dirname(file);
  const temp = mkdtempSync(path.join(tmpdir(), "spec-diff-"));
  const dispose = (): void => rmSync(temp, { recursive: true, force: true });
  try {
    const tar = git(["archive", "--format=tar", ref, "--", dir === "." ? file : dir], root);
    execFileSync("tar", ["-x", "-C", temp], { input: tar, stdio: ["pipe", "ignore", "pipe"] });
  } catch (error) {
    dispose();
    throw error instanceof InputError ? error : new InputError(`${label}: ${String(error)}`);
  }
  const inTemp = (shown: string): string | undefined => {
    const rel = path.relative(temp, path.resolve(shown));
    return rel.startsWith("..") || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join("/");
  };
  const prefix = `git:${ref}:`;
  return {
    label,
    file: path.relative(process.cwd(), path.join(temp, file)),
    display: (shown) => {
      const rel = inTemp(shown);
      return rel === undefined ? shown : prefix + rel;
    },
    loadedName: (shown) =>
      shown.startsWith(prefix)
        ? path
            .relative(process.cwd(), path.join(temp, shown.slice(prefix.length)))
            .split(path.sep)
            .join("/")
        : shown,
    dispose,
  };
}
