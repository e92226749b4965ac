// Generated from enums.yaml — do not edit.
import type * as Types from "./types.js";

/** One validation error (the subset of ajv's ErrorObject the generated validators produce). */
export interface ValidationError {
  /** JSON pointer of the invalid value, e.g. `/owner/address/city`. */
  instancePath: string;
  /** JSON pointer of the failing keyword in the spec. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: a type guard; after a failed call, `errors` says why. */
export interface Validator<T = unknown> {
  (value: unknown): value is T;
  errors?: ValidationError[] | null;
}

/** Validates components.schemas["Order"]. */
export declare const validateOrder: Validator<Types.Order>;

/** Validates components.schemas["OrderStatus"]. */
export declare const validateOrderStatus: Validator<Types.OrderStatus>;

/** Validates components.schemas["Priority"]. */
export declare const validatePriority: Validator<Types.Priority>;

/** Validates the params of "listOrders" (as the client method takes them). */
export declare const validateListOrdersRequest: Validator<Types.ListOrdersParams>;

/** Validates the "200" response of "listOrders" (forward compatible: x-open-enum enums are open). */
export declare const validateListOrdersResponse200: Validator<unknown>;
