import type { SourcePosition } from "./diagnostics.js";

/** What `load()` returns: the bundled document plus the means to trace any node to its source. */
export interface LoadedSpec {
  /** The entry file as given, relative to the cwd, forward slashes (used in headers and messages). */
  readonly entryFile: string;
  /** Every file read, entry first, relative paths, in load order. */
  readonly files: readonly string[];
  /** sha256 (hex) over the bytes of every file read, in load order. */
  readonly sha256: string;
  /**
   * The bundled document: external `$ref`s are pulled in (schemas under `components.schemas`,
   * other kinds under their component section), so every `$ref` left is local (`#/...`).
   */
  readonly document: Record<string, unknown>;
  /** Source position of a JSON pointer of the bundled document (nearest existing ancestor). */
  locate(pointer: string): SourcePosition | undefined;
  /** The text of a file that was read (for code frames). */
  readText(file: string): string | undefined;
}
