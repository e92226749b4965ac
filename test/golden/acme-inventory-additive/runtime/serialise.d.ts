// Generated from acme-inventory-additive.yaml — do not edit.
export interface ParamStyle {
  readonly style: string;
  readonly explode: boolean;
}
/**
 * One query (or form-body) parameter as encoded `name=value` pairs, in order. `undefined` gives
 * none; `null` and `""` give `name=`.
 */
export declare function serialiseQuery(name: string, value: unknown, style: ParamStyle): string[];
/**
 * Pairs of `params` by name, each with its style. Without one (a scalar parameter, a key the spec
 * does not declare, an array or object declared `deepObject`) the bracket form is used.
 */
export declare function serialiseQueryString(
  values: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, ParamStyle>> | undefined,
): string;
export declare const FORM: ParamStyle;
export declare const BRACKETS: ParamStyle;
export declare const SIMPLE: ParamStyle;
/** One path parameter, percent-encoded so it stays inside its segment: simple, label or matrix. */
export declare function serialisePath(name: string, value: unknown, style: ParamStyle): string;
/** A header parameter's value (style simple); header values are not percent-encoded. */
export declare function serialiseHeader(value: unknown, style: ParamStyle): string;
/** One cookie parameter (style form) as `name=value` pairs for the `Cookie` header. */
export declare function serialiseCookie(name: string, value: unknown, style: ParamStyle): string[];
