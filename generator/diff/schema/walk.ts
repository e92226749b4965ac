/** State shared by one comparison of two schemas (one request body, one response, …). */
import { code, type Scope } from "../scope.js";
import type { SchemaView } from "./view.js";

/** `request`: what a client sends (the new version must accept all it accepted). `response`: what it reads. */
export type Direction = "request" | "response";

export interface Walk {
  readonly scope: Scope;
  readonly direction: Direction;
  /** Pairs of pointers already compared (recursive schemas). */
  readonly visited: Set<string>;
}

export interface Pair {
  readonly base: SchemaView;
  readonly head: SchemaView;
  /** Where the value is, for messages: `the request body`, `response 200`, `query parameter \`limit\``. */
  readonly where: string;
  /** Property path inside it: `owner.address.city`, `data[]`; empty at the top. */
  readonly path: string;
}

/** `\`owner.email\` in the request body`, or `the request body`. */
export function subject(pair: Pick<Pair, "where" | "path">): string {
  return pair.path === "" ? pair.where : `${code(pair.path)} in ${pair.where}`;
}

export function childPath(path: string, name: string): string {
  return path === "" ? name : name.startsWith("[") ? `${path}${name}` : `${path}.${name}`;
}
