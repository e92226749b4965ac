/**
 * A small fit-or-break printer for the code the client emitters write (objects, arrays, calls,
 * import lists, unions), so client.js, client.d.ts and enums.* come out readable without a
 * formatter pass: a group is printed on one line when it fits in the print width at its column,
 * otherwise one item per line, indented two spaces, with a trailing comma (prettier's layout for
 * the same shapes, printWidth 100). Deterministic: the text depends on the doc and the indent only.
 */

/** Text, a group, or a concatenation of docs. Strings must not contain line breaks. */
export type Doc = string | Group | readonly Doc[];

export interface Group {
  readonly open: string;
  readonly items: readonly Doc[];
  readonly close: string;
  /** Between items on one line: ", " or " | ". */
  readonly join: string;
  /** Before each item when broken: "" or "| ". */
  readonly lead: string;
  /** After each item when broken: "," (trailing comma) or "". */
  readonly trail: string;
  /** `{ a }` rather than `{a}` on one line. */
  readonly padded: boolean;
  /** Printed one item per line even when it fits. */
  readonly breaks?: boolean;
}

export const PRINT_WIDTH = 100;
const INDENT = "  ";

/**
 * `{ key: value, … }`; keys must already be printable property names. `{ name: name }` is
 * written `{ name }`.
 */
export function objectDoc(entries: readonly (readonly [string, Doc])[]): Group {
  return group(
    "{",
    entries.map(([k, v]) => (v === k ? k : [`${k}: `, v])),
    "}",
    true,
  );
}

/** `[a, b, …]`; a list of two or more lists or objects, each of two or more items, always breaks. */
export function arrayDoc(items: readonly Doc[]): Group {
  const matrix = items.length > 1 && items.every((i) => isGroup(i) && i.items.length > 1);
  return { ...group("[", items, "]", false), breaks: matrix };
}

/** `callee(a, b, …)`, or `callee<A, B>` with "<" and ">". */
export function argsDoc(
  open: string,
  items: readonly Doc[],
  close: string,
  trailing = true,
): Group {
  return { open, items, close, join: ", ", lead: "", trail: trailing ? "," : "", padded: false };
}

/** `A | B | …`, broken as one `| A` per line. */
export function unionDoc(items: readonly Doc[]): Group {
  return { open: "", items, close: "", join: " | ", lead: "| ", trail: "", padded: false };
}

function group(open: string, items: readonly Doc[], close: string, padded: boolean): Group {
  return { open, items, close, join: ", ", lead: "", trail: ",", padded };
}

export interface Placement {
  /** Columns before every line that the caller (ts-morph's writer) adds: its indentation. */
  readonly base?: number;
  /** The first line's column (default `base`): after `const name = ` or `return `. */
  readonly start?: number;
  /** Text that follows on the last line (";", ","), which must fit too. */
  readonly suffix?: string;
}

/**
 * The doc as text. Lines after the first carry their indentation relative to the caller's (two
 * spaces per level); the fit of each line is judged at its real column.
 */
export function printDoc(doc: Doc, placement: Placement = {}): string {
  const base = placement.base ?? 0;
  return new Printer(base).print(doc, 0, placement.start ?? base, placement.suffix?.length ?? 0);
}

class Printer {
  constructor(private readonly base: number) {}

  print(doc: Doc, indent: number, column: number, suffix: number): string {
    if (typeof doc === "string") return doc;
    const flat = flatText(doc);
    if (column + flat.length + suffix <= PRINT_WIDTH && !breaks(doc)) return flat;
    if (isGroup(doc)) return this.broken(doc, indent, column, suffix);
    let out = "";
    for (let i = 0; i < doc.length; i++) {
      const rest = doc.slice(i + 1).reduce<number>((n, d) => n + flatText(d).length, 0);
      const at = out.includes("\n") ? this.base + lastLineLength(out) : column + out.length;
      out += this.print(doc[i]!, indent, at, rest + suffix);
    }
    return out;
  }

  private broken(doc: Group, indent: number, column: number, suffix: number): string {
    if (doc.items.length === 0) return `${doc.open}${doc.close}`;
    const hugged = this.hug(doc, indent, column, suffix);
    if (hugged !== undefined) return hugged;
    const inner = INDENT.repeat(indent + 1);
    const at = this.base + inner.length + doc.lead.length;
    const lines = doc.items.map(
      (item) =>
        `${inner}${doc.lead}${this.print(item, indent + 1, at, doc.trail.length)}${doc.trail}`,
    );
    const tail = doc.close === "" ? "" : `\n${INDENT.repeat(indent)}${doc.close}`;
    return `${doc.open}\n${lines.join("\n")}${tail}`;
  }

  /**
   * A call whose last argument is an object or array literal keeps the other arguments on its
   * line and breaks only that literal (`f(a, {` … `})`), when that first line fits.
   */
  private hug(doc: Group, indent: number, column: number, suffix: number): string | undefined {
    const last = doc.items[doc.items.length - 1]!;
    if (!doc.open.endsWith("(") || !isGroup(last) || last.items.length === 0) return;
    if (last.open !== "{" && last.open !== "[") return;
    const head = `${doc.open}${doc.items
      .slice(0, -1)
      .map((i) => `${flatText(i)}, `)
      .join("")}`;
    if (head.includes("\n") || column + head.length + last.open.length > PRINT_WIDTH) return;
    const body = this.broken(last, indent, column + head.length, suffix + doc.close.length);
    return `${head}${body}${doc.close}`;
  }
}

/** The doc on one line. */
export function flatText(doc: Doc): string {
  if (typeof doc === "string") return doc;
  if (!isGroup(doc)) return doc.map(flatText).join("");
  if (doc.items.length === 0) return `${doc.open}${doc.close}`;
  const body = doc.items.map(flatText).join(doc.join);
  return doc.padded ? `${doc.open} ${body} ${doc.close}` : `${doc.open}${body}${doc.close}`;
}

/** True when a group inside the doc must break (then the doc cannot be printed flat). */
function breaks(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (!isGroup(doc)) return doc.some(breaks);
  return doc.breaks === true || doc.items.some(breaks);
}

function isGroup(doc: Doc): doc is Group {
  return typeof doc === "object" && !Array.isArray(doc);
}

function lastLineLength(text: string): number {
  const newline = text.lastIndexOf("\n");
  return newline === -1 ? text.length : text.length - newline - 1;
}
