/** Where changes are recorded while two models are compared. */
import type { ApiModel } from "../model/types.js";
import { levelOf, type Change, type ChangeCode, type Side } from "./changes.js";

export interface Scope {
  readonly base: ApiModel;
  readonly head: ApiModel;
  /** `POST /v1/sources` while inside an operation. */
  readonly operation?: string;
  readonly changes: Change[];
}

export function record(
  scope: Scope,
  code: ChangeCode,
  at: { readonly side: Side; readonly pointer: string },
  message: string,
): void {
  scope.changes.push({
    code,
    level: levelOf(code),
    message,
    pointer: at.pointer,
    side: at.side,
    ...(scope.operation !== undefined ? { operation: scope.operation } : {}),
  });
}

export const inBase = (pointer: string) => ({ side: "base", pointer }) as const;
export const inHead = (pointer: string) => ({ side: "head", pointer }) as const;

/** Backquoted name for messages. */
export const code = (text: string): string => `\`${text}\``;
