/**
 * One file read by the loader: its bytes, its parsed value, and positions (1-based line/column)
 * of any JSON pointer inside it. YAML is parsed once with `yaml`'s `parseDocument` + `LineCounter`
 * (the AST is kept for positions); JSON with `JSON.parse`, positions indexed lazily.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from "yaml";
import { indexJson, type JsonNode } from "./json-index.js";

export type SourceKind = "yaml" | "json" | "text";

export interface ParseProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly offset: number;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Relative to the cwd, forward slashes; never absolute (`../x` when outside the cwd). */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  if (rel === "") return path.basename(abs);
  if (path.isAbsolute(rel)) return abs.split(path.sep).join("/"); // other drive (Windows)
  return rel.split(path.sep).join("/");
}

export type ReadResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | {
      readonly ok: false;
      readonly reason: "not-found" | "directory" | "unreadable";
      readonly detail: string;
    };

export function readBytes(abs: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(abs) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return { ok: false, reason: "not-found", detail: "not found" };
    if (code === "EISDIR") return { ok: false, reason: "directory", detail: "is a directory" };
    return { ok: false, reason: "unreadable", detail: code ?? String(error) };
  }
}

const STRUCTURED_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

export function isStructuredPath(file: string): boolean {
  return STRUCTURED_EXTENSIONS.has(path.extname(file).toLowerCase());
}

export class SourceFile {
  readonly abs: string;
  readonly display: string;
  readonly text: string;
  readonly kind: SourceKind;
  /** The parsed value (the text itself for text files); undefined when parsing failed. */
  readonly value: unknown;
  readonly problems: readonly ParseProblem[];
  /** The text is empty, blank, or holds only YAML comments. */
  readonly empty: boolean;

  private yamlDoc: Document.Parsed | undefined;
  private lineCounter: LineCounter | undefined;
  private jsonIndex: JsonNode | null | undefined;
  private lineStarts: number[] | undefined;

  /**
   * @param structured parse as YAML/JSON (else the file is text)
   * @param keepAst keep the YAML AST for positions (the entry file); other files drop it and
   *   re-parse on demand, which keeps memory and GC time low on specs made of thousands of files
   */
  constructor(abs: string, display: string, bytes: Buffer, structured: boolean, keepAst = false) {
    this.abs = abs;
    this.display = display;
    this.text = bytes.toString("utf8");
    const problems: ParseProblem[] = [];
    this.problems = problems;
    if (!structured) {
      this.kind = "text";
      this.value = this.text;
      this.empty = this.text.length === 0;
      return;
    }
    const body = this.text.charCodeAt(0) === 0xfeff ? this.text.slice(1) : this.text;
    const first = /\S/.exec(body)?.[0];
    const isJson = path.extname(abs).toLowerCase() === ".json";
    let jsonError: ParseProblem | undefined;
    if (first === "{" || first === "[") {
      try {
        this.value = JSON.parse(body);
        this.kind = "json";
        this.empty = false;
        return;
      } catch (error) {
        // Not strict JSON: read it as YAML (a superset), which may still give a value.
        jsonError = jsonProblem(error, this.text);
      }
    }
    this.kind = "yaml";
    const lineCounter = new LineCounter();
    const doc = parseDocument(this.text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: true,
    });
    if (keepAst || doc.errors.length > 0 || doc.warnings.length > 0) {
      this.yamlDoc = doc;
      this.lineCounter = lineCounter;
    }
    if (isJson && jsonError && doc.errors.length > 0) {
      // A .json file: JSON.parse's error (one, at the first problem) reads better than YAML's.
      problems.push(jsonError);
    } else {
      for (const e of doc.errors) {
        problems.push({ severity: "error", message: firstLine(e.message), offset: e.pos[0] });
      }
    }
    for (const w of doc.warnings) {
      problems.push({ severity: "warning", message: firstLine(w.message), offset: w.pos[0] });
    }
    if (doc.errors.length > 0) {
      this.empty = false;
      this.value = undefined;
      return;
    }
    if (isJson && jsonError) {
      problems.push({
        ...jsonError,
        severity: "warning",
        message: `not strict JSON (${jsonError.message}); read as YAML`,
      });
    }
    try {
      this.value = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      problems.push({
        severity: "error",
        message: error instanceof Error ? firstLine(error.message) : String(error),
        offset: 0,
      });
      this.value = undefined;
    }
    this.empty = doc.contents === null || this.text.trim() === "";
  }

  /** 1-based position of an offset. */
  positionOfOffset(offset: number): Position {
    if (this.kind === "yaml") this.ensureYamlAst();
    if (this.lineCounter) {
      const { line, col } = this.lineCounter.linePos(offset);
      if (line > 0) return { line, column: col };
    }
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /**
   * Position of the node at `segments`, or of its nearest existing ancestor. Scalars point at
   * the value; collections that are map members point at their key.
   */
  positionOf(segments: readonly string[]): Position {
    return this.positionOfOffset(this.offsetOf(segments));
  }

  private offsetOf(segments: readonly string[]): number {
    if (this.kind === "text") return 0;
    if (this.kind === "yaml") return this.yamlOffset(segments);
    if (this.jsonIndex === undefined) this.jsonIndex = indexJson(this.text) ?? null;
    let node = this.jsonIndex;
    if (!node) return 0;
    for (const seg of segments) {
      const next: JsonNode | undefined = node.members
        ? node.members.get(seg)
        : node.items
          ? node.items[arrayIndex(seg)]
          : undefined;
      if (!next) break;
      node = next;
    }
    return node.container && node.keyStart !== undefined ? node.keyStart : node.start;
  }

  private ensureYamlAst(): void {
    if (this.yamlDoc) return;
    const lineCounter = new LineCounter();
    this.yamlDoc = parseDocument(this.text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: true,
    });
    this.lineCounter = lineCounter;
  }

  private yamlOffset(segments: readonly string[]): number {
    this.ensureYamlAst();
    const doc = this.yamlDoc;
    if (!doc || !doc.contents) return 0;
    let node: YamlNode | null = doc.contents;
    let keyOffset: number | undefined;
    for (const seg of segments) {
      node = deref(node, doc);
      let found: { value: YamlNode | null; keyOffset: number | undefined } | undefined;
      if (isMap(node)) found = findInMap(node, seg, doc, 0);
      else if (isSeq(node)) {
        const item = node.items[arrayIndex(seg)] as YamlNode | undefined;
        if (item) found = { value: item, keyOffset: undefined };
      }
      if (!found) break;
      if (!found.value) return found.keyOffset ?? 0;
      node = found.value;
      keyOffset = found.keyOffset;
    }
    if (!node) return 0;
    const start = node.range?.[0] ?? 0;
    const target = deref(node, doc);
    if (keyOffset !== undefined && (isMap(target) || isSeq(target))) return keyOffset;
    return start;
  }
}

function findInMap(
  map: YamlNode,
  seg: string,
  doc: Document.Parsed,
  depth: number,
): { value: YamlNode | null; keyOffset: number | undefined } | undefined {
  if (!isMap(map) || depth > 20) return undefined;
  const merges: YamlNode[] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const key = pair.key as YamlNode | null;
    if (isScalar(key)) {
      if (typeof key.value === "symbol") {
        if (pair.value) merges.push(pair.value as YamlNode);
        continue;
      }
      if (String(key.value) === seg) {
        return { value: (pair.value as YamlNode | null) ?? null, keyOffset: key.range?.[0] };
      }
    }
  }
  for (const m of merges) {
    const source = deref(m, doc);
    const sources = isSeq(source) ? (source.items as YamlNode[]) : [source];
    for (const s of sources) {
      const found = findInMap(deref(s, doc), seg, doc, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function deref(node: YamlNode, doc: Document.Parsed): YamlNode {
  let current: unknown = node;
  for (let i = 0; i < 20 && isAlias(current); i++) current = current.resolve(doc);
  return (current as YamlNode | undefined) ?? node;
}

function arrayIndex(seg: string): number {
  return /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : -1;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** JSON.parse's error as a problem: V8 says "… in JSON at position N" (when it knows N). */
function jsonProblem(error: unknown, text: string): ParseProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const at = / in JSON at position (\d+)/.exec(raw);
  const message = raw
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/, ".*" is not valid JSON$/s, "")
    .trim();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const offset = at ? Number(at[1]) + bom : /^Unexpected end/.test(raw) ? text.length : 0;
  return { severity: "error", message: `invalid JSON: ${message}`, offset };
}

function firstLine(message: string): string {
  const line = message.split("\n", 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").trim();
}
