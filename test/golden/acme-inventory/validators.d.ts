// Generated from acme-inventory.yaml — do not edit.
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

/** Validates components.schemas["Bin"]. */
export declare const validateBin: Validator<Types.Bin>;

/** Validates components.schemas["BinWritable"]. */
export declare const validateBinWritable: Validator<Types.BinWritable>;

/** Validates components.schemas["Widget"]. */
export declare const validateWidget: Validator<Types.Widget>;

/** Validates components.schemas["WidgetStatus"]. */
export declare const validateWidgetStatus: Validator<Types.WidgetStatus>;

/** Validates components.schemas["WidgetWritable"]. */
export declare const validateWidgetWritable: Validator<Types.WidgetWritable>;

/** Validates the params of "getBin" (as the client method takes them). */
export declare const validateGetBinRequest: Validator<Types.GetBinParams>;

/** Validates the "200" response of "getBin" (forward compatible: x-open-enum enums are open). */
export declare const validateGetBinResponse200: Validator<Types.Bin>;

/** Validates the params of "createWidget" (as the client method takes them). */
export declare const validateCreateWidgetRequest: Validator<Types.CreateWidgetParams>;

/** Validates the "201" response of "createWidget" (forward compatible: x-open-enum enums are open). */
export declare const validateCreateWidgetResponse201: Validator<Types.Widget>;

/** Validates the params of "deleteWidget" (as the client method takes them). */
export declare const validateDeleteWidgetRequest: Validator<Types.DeleteWidgetParams>;

/** Validates the params of "getWidget" (as the client method takes them). */
export declare const validateGetWidgetRequest: Validator<Types.GetWidgetParams>;

/** Validates the "200" response of "getWidget" (forward compatible: x-open-enum enums are open). */
export declare const validateGetWidgetResponse200: Validator<Types.Widget>;

/** Validates the params of "listWidgets" (as the client method takes them). */
export declare const validateListWidgetsRequest: Validator<Types.ListWidgetsParams>;

/** Validates the "200" response of "listWidgets" (forward compatible: x-open-enum enums are open). */
export declare const validateListWidgetsResponse200: Validator<unknown>;

/** Validates the params of "replaceWidgetTags" (as the client method takes them). */
export declare const validateReplaceWidgetTagsRequest: Validator<Types.ReplaceWidgetTagsParams>;

/** Validates the "200" response of "replaceWidgetTags" (forward compatible: x-open-enum enums are open). */
export declare const validateReplaceWidgetTagsResponse200: Validator<unknown>;

/** Validates the params of "uploadWidgetImage" (as the client method takes them). */
export declare const validateUploadWidgetImageRequest: Validator<Types.UploadWidgetImageParams>;

/** Validates the "200" response of "uploadWidgetImage" (forward compatible: x-open-enum enums are open). */
export declare const validateUploadWidgetImageResponse200: Validator<Types.Widget>;
