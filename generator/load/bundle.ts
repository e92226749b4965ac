/**
 * The bundler: reads the entry file and every file its `$ref`s reach (each file once), and builds
 * ONE document in which every `$ref` in a structural position is local (`#/...`):
 *
 * - `$ref`s into the entry file stay as they are.
 * - A `$ref` to another file at a position whose object has a components section (schema,
 *   parameter, response, requestBody, header, example, link, callback) is hoisted: the target is
 *   copied once into `components.<section>` under a name derived from its pointer or file name
 *   (`droplet`, `pet`; `owner_2` on a collision; first come, first named, in document order, so
 *   stable), and every `$ref` to it points there. Schemas therefore stay references, and recursion
 *   across files just works. `{$ref}`-only aliases are followed to the object they alias, and an
 *   entry component that is only a `$ref` (`Pet: {$ref: ./pet.yaml}`) lends its name to the target.
 * - Other `$ref`s that leave the entry file (path items, operations, a whole `properties` map,
 *   `info.description`, examples values, code samples: Redocly resolves `$ref` at any position, and
 *   so do we) are inlined: the target, itself bundled, replaces the reference; sibling keys of the
 *   `$ref` (3.1 `summary`/`description`) override.
 * - Non-YAML/JSON targets (`.cs`, `.md`, `.sh`, …) are read as text and inlined as strings.
 * - Discriminator `mapping` values that are references are rewritten like schema `$ref`s.
 * - In data positions (examples, defaults, enums, `x-` extensions) a `$ref` that cannot be
 *   resolved is left as written, with a warning: it may be literal data.
 *
 * Every place where content from another file lands is recorded (`origins`), so a pointer of the
 * bundled document maps back to file + pointer, and from there to line:column.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { Diagnostic, DiagnosticCode, Severity } from "../diagnostics.js";
import { childKind, isDataKind, type NodeKind } from "./context.js";
import { escapeSegment, fragmentToPointer, parsePointer } from "./pointer.js";
import { SourceFile, displayPath, isStructuredPath, readBytes } from "./source.js";

export interface Origin {
  readonly file: SourceFile;
  readonly pointer: string;
}

type Resolution =
  | {
      readonly ok: true;
      readonly file: SourceFile;
      readonly pointer: string;
      readonly value: unknown;
    }
  | { readonly ok: false; readonly reason: string; readonly hint?: string };

type FileResult =
  | { readonly ok: true; readonly file: SourceFile }
  | { readonly ok: false; readonly reason: string };

interface Hoisted {
  readonly section: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly file: SourceFile;
  readonly pointer: string;
  readonly value: unknown;
}

type JsonObject = Record<string, unknown>;

const MAX_REF_DEPTH = 64;

/**
 * Objects that have a components section are hoisted there (once, referenced from every use);
 * path items and operations are inlined (each is used once; 3.0 has no `pathItems` section).
 */
const KIND_OF_SECTION: Readonly<Record<string, NodeKind>> = {
  schemas: "schema",
  parameters: "parameter",
  responses: "response",
  requestBodies: "requestBody",
  headers: "header",
  examples: "example",
  links: "link",
  callbacks: "callback",
};
const SECTION_OF_KIND: Partial<Record<NodeKind, string>> = Object.fromEntries(
  Object.entries(KIND_OF_SECTION).map(([section, kind]) => [kind, section]),
);

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRefObject(value: unknown): value is JsonObject & { $ref: string } {
  return isPlainObject(value) && typeof value.$ref === "string";
}

function isPureRef(value: unknown): value is { $ref: string } {
  if (!isRefObject(value)) return false;
  for (const key in value) if (key !== "$ref") return false;
  return true;
}

/** Set a property, including `__proto__`, as an own enumerable data property. */
function setKey(target: JsonObject, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** A JSON pointer as a URI fragment (without `#`): characters not allowed there are %-encoded. */
export function pointerToFragment(pointer: string): string {
  return pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c));
}

export class Bundler {
  readonly diagnostics: Diagnostic[] = [];
  /** Files in load order (entry first). */
  readonly loaded: SourceFile[] = [];
  /** Bundled pointer → where its content came from (only where content changes file or place). */
  readonly origins = new Map<string, Origin>();

  private readonly cache = new Map<string, FileResult>();
  private readonly hash = createHash("sha256");
  /** section + NUL + file#pointer → component name. */
  private readonly hoisted = new Map<string, string>();
  /** section → names taken. */
  private readonly names = new Map<string, Set<string>>();
  private readonly queue: Hoisted[] = [];
  private readonly inlining = new Set<string>();
  private readonly ancestors = new Set<object>();
  private entry: SourceFile | undefined;

  get sha256(): string {
    return this.hash.copy().digest("hex");
  }

  /** Read (once) and parse a file; parse problems become diagnostics. */
  loadFile(abs: string, forceStructured = false): FileResult {
    const cached = this.cache.get(abs);
    if (cached) return cached;
    const display = displayPath(abs);
    const read = readBytes(abs);
    let result: FileResult;
    if (!read.ok) {
      result = { ok: false, reason: `${display} ${read.detail}` };
    } else {
      this.hash.update(read.bytes);
      const structured = forceStructured || isStructuredPath(abs);
      const file = new SourceFile(abs, display, read.bytes, structured, forceStructured);
      this.loaded.push(file);
      for (const p of file.problems) {
        const pos = file.positionOfOffset(p.offset);
        this.diagnostics.push({
          code: "yaml-syntax",
          severity: p.severity,
          message: p.message,
          position: { file: display, line: pos.line, column: pos.column },
        });
      }
      result = { ok: true, file };
    }
    this.cache.set(abs, result);
    return result;
  }

  /** Bundle the entry file's value (an OpenAPI 3.x object). */
  bundle(entry: SourceFile): JsonObject {
    this.entry = entry;
    const root = entry.value as JsonObject;
    this.origins.set("", { file: entry, pointer: "" });
    this.preRegister(entry, root);
    const document = this.transform(root, entry, "", "", "root") as JsonObject;
    for (let i = 0; i < this.queue.length; i++) {
      const item = this.queue[i]!;
      let components = document.components;
      if (!isPlainObject(components)) {
        components = {};
        document.components = components;
      }
      let section = (components as JsonObject)[item.section];
      if (!isPlainObject(section)) {
        section = {};
        setKey(components as JsonObject, item.section, section);
      }
      const out = `/components/${item.section}/${escapeSegment(item.name)}`;
      this.origins.set(out, { file: item.file, pointer: item.pointer });
      setKey(
        section as JsonObject,
        item.name,
        this.transform(item.value, item.file, item.pointer, out, item.kind),
      );
    }
    return document;
  }

  /**
   * Names of the entry's components are taken; `components.schemas.Pet: {$ref: ./pet.yaml}` (same
   * for the other sections) gets the external content under the author's name `Pet` (instead of a
   * derived name plus an alias).
   */
  private preRegister(entry: SourceFile, root: JsonObject): void {
    const components = root.components;
    if (!isPlainObject(components) || isRefObject(components)) return;
    for (const [section, kind] of Object.entries(KIND_OF_SECTION)) {
      const entries = components[section];
      if (!isPlainObject(entries) || isRefObject(entries)) continue;
      const taken = this.namesOf(section);
      for (const name of Object.keys(entries)) taken.add(name);
      for (const name of Object.keys(entries)) {
        const value = entries[name];
        if (!isPureRef(value)) continue;
        const first = this.resolveRef(entry, value.$ref, 0);
        if (!first.ok || first.file === entry) continue;
        const target = this.canonical(first);
        if (target.file === entry) continue;
        const key = section + "\u0000" + target.file.abs + "#" + target.pointer;
        if (this.hoisted.has(key)) continue;
        this.hoisted.set(key, name);
        this.queue.push({
          section,
          kind,
          name,
          file: target.file,
          pointer: target.pointer,
          value: target.value,
        });
      }
    }
  }

  private namesOf(section: string): Set<string> {
    let taken = this.names.get(section);
    if (!taken) {
      taken = new Set();
      this.names.set(section, taken);
    }
    return taken;
  }

  private transform(
    value: unknown,
    file: SourceFile,
    src: string,
    out: string,
    kind: NodeKind,
  ): unknown {
    if (value === null || typeof value !== "object") return value;
    if (this.ancestors.has(value)) {
      this.report(
        "error",
        "yaml-syntax",
        "this node contains itself (through a YAML alias or a $ref): the document would be infinite",
        file,
        src,
      );
      return null;
    }
    this.ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const result: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          result[i] = this.transform(
            value[i],
            file,
            src + "/" + i,
            out + "/" + i,
            childKind(kind, String(i), true),
          );
        }
        return result;
      }
      const obj = value as JsonObject;
      if (typeof obj.$ref === "string") return this.transformRef(obj, file, src, out, kind);
      if (kind === "mapping") return this.transformMapping(obj, file, src);
      const result: JsonObject = {};
      for (const key of Object.keys(obj)) {
        const seg = "/" + escapeSegment(key);
        setKey(
          result,
          key,
          this.transform(obj[key], file, src + seg, out + seg, childKind(kind, key, false)),
        );
      }
      return result;
    } finally {
      this.ancestors.delete(value);
    }
  }

  /** Copy a `$ref` object's siblings (everything but `$ref`). */
  private transformSiblings(
    obj: JsonObject,
    file: SourceFile,
    src: string,
    out: string,
    kind: NodeKind,
    into: JsonObject,
    record: boolean,
  ): void {
    for (const key of Object.keys(obj)) {
      if (key === "$ref") continue;
      const seg = "/" + escapeSegment(key);
      if (record) this.origins.set(out + seg, { file, pointer: src + seg });
      setKey(
        into,
        key,
        this.transform(obj[key], file, src + seg, out + seg, childKind(kind, key, false)),
      );
    }
  }

  private transformRef(
    obj: JsonObject,
    file: SourceFile,
    src: string,
    out: string,
    kind: NodeKind,
  ): unknown {
    const ref = obj.$ref as string;
    const resolved = this.resolveRef(file, ref, 0);
    if (!resolved.ok) {
      const lenient = isDataKind(kind);
      this.report(
        lenient ? "warning" : "error",
        "unresolved-ref",
        `$ref "${ref}" cannot be resolved: ${resolved.reason}` +
          (lenient ? " (left as written)" : ""),
        file,
        src + "/$ref",
        resolved.hint,
      );
      return this.copyData(obj);
    }
    const entry = this.entry!;
    if (resolved.file === entry) {
      const asWritten =
        file === entry &&
        ref.startsWith("#") &&
        fragmentToPointer(ref.slice(1)) === resolved.pointer;
      const local = asWritten ? ref : "#" + pointerToFragment(resolved.pointer);
      const result: JsonObject = { $ref: local };
      this.transformSiblings(obj, file, src, out, kind, result, false);
      return result;
    }
    const section = SECTION_OF_KIND[kind];
    if (section) {
      const target = this.canonical(resolved);
      const local =
        target.file === entry
          ? "#" + pointerToFragment(target.pointer)
          : `#/components/${section}/` +
            pointerToFragment(escapeSegment(this.hoist(section, kind, target)));
      const result: JsonObject = { $ref: local };
      this.transformSiblings(obj, file, src, out, kind, result, false);
      return result;
    }
    const key = resolved.file.abs + "#" + resolved.pointer;
    if (this.inlining.has(key)) {
      this.report(
        "error",
        "circular-ref",
        `$ref "${ref}" refers to itself through a cycle of non-schema references`,
        file,
        src + "/$ref",
      );
      return this.copyData(obj);
    }
    this.inlining.add(key);
    try {
      this.origins.set(out, { file: resolved.file, pointer: resolved.pointer });
      const inlined = this.transform(resolved.value, resolved.file, resolved.pointer, out, kind);
      if (!isPlainObject(inlined) || Object.keys(obj).length === 1) return inlined;
      const merged: JsonObject = { ...inlined };
      this.transformSiblings(obj, file, src, out, kind, merged, true);
      return merged;
    } finally {
      this.inlining.delete(key);
    }
  }

  /** Discriminator mapping values that are references (not bare schema names). */
  private transformMapping(obj: JsonObject, file: SourceFile, src: string): JsonObject {
    const result: JsonObject = {};
    const entry = this.entry!;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (typeof value !== "string" || !/[#/]|\.(ya?ml|json)$/i.test(value)) {
        setKey(result, key, this.copyData(value));
        continue;
      }
      const resolved = this.resolveRef(file, value, 0);
      if (!resolved.ok) {
        this.report(
          "error",
          "unresolved-ref",
          `discriminator mapping "${value}" cannot be resolved: ${resolved.reason}`,
          file,
          src + "/" + escapeSegment(key),
          resolved.hint,
        );
        setKey(result, key, value);
        continue;
      }
      if (resolved.file === entry && file === entry && value.startsWith("#")) {
        setKey(result, key, value);
        continue;
      }
      const target = this.canonical(resolved);
      setKey(
        result,
        key,
        target.file === entry
          ? "#" + pointerToFragment(target.pointer)
          : "#/components/schemas/" +
              pointerToFragment(escapeSegment(this.hoist("schemas", "schema", target))),
      );
    }
    return result;
  }

  /** A deep copy without any `$ref` processing (for values left as written). */
  private copyData(value: unknown, ancestors = new Set<object>()): unknown {
    if (value === null || typeof value !== "object") return value;
    if (ancestors.has(value)) return null;
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return value.map((v) => this.copyData(v, ancestors));
      const result: JsonObject = {};
      for (const key of Object.keys(value)) {
        setKey(result, key, this.copyData((value as JsonObject)[key], ancestors));
      }
      return result;
    } finally {
      ancestors.delete(value);
    }
  }

  /** Follow `{$ref}`-only objects to the object they alias (stopping at the entry file). */
  private canonical(start: Resolution & { ok: true }): Resolution & { ok: true } {
    let current = start;
    const seen = new Set<string>();
    while (current.file !== this.entry && isPureRef(current.value)) {
      const key = current.file.abs + "#" + current.pointer;
      if (seen.has(key)) break;
      seen.add(key);
      const next = this.resolveRef(current.file, current.value.$ref, 0);
      if (!next.ok) break;
      current = next;
    }
    return current;
  }

  private hoist(
    section: string,
    kind: NodeKind,
    target: { file: SourceFile; pointer: string; value: unknown },
  ): string {
    const key = section + "\u0000" + target.file.abs + "#" + target.pointer;
    const existing = this.hoisted.get(key);
    if (existing !== undefined) return existing;
    const taken = this.namesOf(section);
    const base = deriveName(target.file, target.pointer);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    this.hoisted.set(key, name);
    this.queue.push({
      section,
      kind,
      name,
      file: target.file,
      pointer: target.pointer,
      value: target.value,
    });
    return name;
  }

  resolveRef(site: SourceFile, ref: string, depth: number): Resolution {
    if (depth > MAX_REF_DEPTH) return { ok: false, reason: "too many nested $refs (a cycle?)" };
    const hashAt = ref.indexOf("#");
    const filePart = hashAt === -1 ? ref : ref.slice(0, hashAt);
    const fragment = hashAt === -1 ? "" : ref.slice(hashAt + 1);
    let file = site;
    if (filePart !== "") {
      if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(filePart)) {
        return {
          ok: false,
          reason: "remote references are not supported",
          hint: "Download the file next to the spec and use a relative path.",
        };
      }
      const loaded = this.loadRelative(site, filePart);
      if (!loaded.ok) return { ok: false, reason: loaded.reason };
      file = loaded.file;
    }
    const pointer = fragmentToPointer(fragment);
    if (pointer === undefined) {
      return {
        ok: false,
        reason: `"#${fragment}" is not a JSON pointer`,
        hint: "Use a JSON pointer fragment such as #/components/schemas/Name.",
      };
    }
    if (file.value === undefined) return { ok: false, reason: `${file.display} cannot be parsed` };
    if (file.kind === "text" && pointer !== "") {
      return { ok: false, reason: `${file.display} is not a YAML or JSON file` };
    }
    return this.walkPointer(site, file, pointer, depth);
  }

  private loadRelative(site: SourceFile, filePart: string): FileResult {
    const base = path.dirname(site.abs);
    const literal = this.loadFile(path.resolve(base, filePart));
    if (literal.ok || !filePart.includes("%")) return literal;
    let decoded: string;
    try {
      decoded = decodeURI(filePart);
    } catch {
      return literal;
    }
    const alt = this.loadFile(path.resolve(base, decoded));
    return alt.ok ? alt : literal;
  }

  private walkPointer(
    site: SourceFile,
    file: SourceFile,
    pointer: string,
    depth: number,
  ): Resolution {
    let current: unknown = file.value;
    let currentFile = file;
    let currentPointer = "";
    for (const seg of parsePointer(pointer)) {
      if (isRefObject(current) && !Object.prototype.hasOwnProperty.call(current, seg)) {
        const hop = this.resolveRef(currentFile, current.$ref, depth + 1);
        if (!hop.ok) return hop;
        current = hop.value;
        currentFile = hop.file;
        currentPointer = hop.pointer;
      }
      if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(seg) && Number(seg) < current.length) {
        current = current[Number(seg)];
      } else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, seg)) {
        current = current[seg];
      } else {
        const where = file === site ? "" : ` in ${file.display}`;
        return { ok: false, reason: `no value at #${pointer}${where}` };
      }
      currentPointer += "/" + escapeSegment(seg);
    }
    return { ok: true, file: currentFile, pointer: currentPointer, value: current };
  }

  report(
    severity: Severity,
    code: DiagnosticCode,
    message: string,
    file: SourceFile,
    pointer: string,
    hint?: string,
  ): void {
    const pos = file.positionOf(parsePointer(pointer));
    this.diagnostics.push({
      code,
      severity,
      message,
      pointer,
      position: { file: file.display, line: pos.line, column: pos.column },
      ...(hint ? { hint } : {}),
    });
  }
}

const GENERIC_SEGMENTS = new Set([
  "schema",
  "schemas",
  "items",
  "additionalProperties",
  "not",
  "properties",
  "allOf",
  "anyOf",
  "oneOf",
  "content",
  "components",
  "definitions",
  "$defs",
  "parameters",
  "responses",
  "requestBodies",
  "headers",
  "examples",
  "links",
  "callbacks",
  "value",
]);

/** `models/pet.yaml` → `pet`; `defs.yml#/apiAgent` → `apiAgent`; `x.yaml#/a/items` → `a`. */
export function deriveName(file: SourceFile, pointer: string): string {
  const segments = parsePointer(pointer);
  let base = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (GENERIC_SEGMENTS.has(seg) || /^\d+$/.test(seg) || seg.includes("/")) continue;
    base = seg;
    break;
  }
  if (base === "") {
    base = path.basename(file.abs);
    base = base.slice(0, base.length - path.extname(base).length);
  }
  base = base.replace(/[^A-Za-z0-9._-]/g, "_");
  return base === "" || /^_+$/.test(base) ? "Schema" : base;
}
