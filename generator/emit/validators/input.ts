/**
 * What the validators worker is sent: the model without the raw bundled document, of which
 * `emitValidators` reads only the top-level `x-formats` (the schemas it compiles come from
 * `schemas`, `operations` and `normalisedDocument`). The structured clone then copies the spec
 * once, not twice: on a 365-path public spec, the worker's peak memory and its receive time drop.
 */
import type { ApiModel } from "../../model/types.js";

export function validatorsInput(model: ApiModel): ApiModel {
  const declared = model.document["x-formats"];
  return { ...model, document: declared === undefined ? {} : { "x-formats": declared } };
}
