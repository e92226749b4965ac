/** Types of `runtime.js` (generator and tests only; the regions are copied into `validators.js`). */

/** An ajv format definition as ajv-formats writes them. */
export type RuntimeFormat =
  | ((value: string) => boolean)
  | { readonly type?: "string" | "number"; readonly validate: (value: never) => boolean };

/** Format definitions whose code lives in a `format:<name>` region of `runtime.js`. */
export declare const regionFormats: Readonly<Record<string, RuntimeFormat>>;
/** Formats defined by a RegExp (ajv inlines them into the generated code). */
export declare const regExpFormats: Readonly<Record<string, RegExp>>;
export declare function ucs2length(str: string): number;
export declare function equal(a: unknown, b: unknown): boolean;
export declare function regExp(source: string, flags: string): RegExp;
/** ajv's message for a keyword and its params, when `__issue` can derive it. */
export declare function message(
  keyword: string,
  params: Record<string, unknown>,
): string | undefined;
