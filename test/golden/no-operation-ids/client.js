// Generated from no-operation-ids.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateGetPetsPetIdRequest,
  validateGetPetsPetIdResponseDefault,
  validateGetPetsRequest,
  validateGetPetsResponse200,
  validatePostPetsRequest,
  validatePostUploadsRequest,
} from "./validators.js";
/**
 * What the spec declares for the runtime: credentials, retries, errors, timeout.
 *
 * @type {import("./runtime/index.js").ApiConfig}
 */
const api = {
  schemes: {},
  retry: {
    statuses: [408, 409, 429, "5XX"],
    connectionErrors: true,
    timeouts: true,
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    exponent: 2,
  },
  errors: {},
  timeoutMs: 60000,
};
/**
 * The operations of the spec, as data for the runtime.
 *
 * @satisfies {Record<string, import("./runtime/index.js").OperationDescriptor>}
 */
const operations = {
  GetPets: {
    operationId: "getPets",
    name: "default.getPets",
    method: "GET",
    path: "/pets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetPetsRequest,
    validateResponse: { 200: validateGetPetsResponse200 },
  },
  GetPetsPetId: {
    operationId: "getPetsPetId",
    name: "default.getPetsPetId",
    method: "GET",
    path: "/pets/{petId}",
    pathParams: ["petId"],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: [],
    validateRequest: validateGetPetsPetIdRequest,
    validateResponse: { default: validateGetPetsPetIdResponseDefault },
  },
  PostPets: {
    operationId: "postPets",
    name: "default.postPets",
    method: "POST",
    path: "/pets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["body"],
    body: {
      mediaType: "application/octet-stream",
      encoding: "binary",
      merged: false,
      required: false,
    },
    validateRequest: validatePostPetsRequest,
  },
  PostUploads: {
    operationId: "postUploads",
    name: "files.postUploads",
    method: "POST",
    path: "/uploads",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    keys: ["file"],
    body: {
      mediaType: "multipart/form-data",
      encoding: "multipart",
      merged: true,
      required: false,
    },
    validateRequest: validatePostUploadsRequest,
  },
};
/** The names of the per-request options (the runtime's and the spec's `x-client-option`s): one passed in `params` is reported as misplaced. */
const requestOptionNames = ["headers", "idempotencyKey", "maxRetries", "signal", "timeoutMs"];

/** Operations grouped under `default`. */
export class DefaultResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `GET /pets` (operationId `getPets`) */
  getPets(params, options) {
    return this.#transport.request(operations.GetPets, [], params, options);
  }

  /** `GET /pets/{petId}` (operationId `getPetsPetId`) */
  getPetsPetId(petId, params, options) {
    return this.#transport.request(operations.GetPetsPetId, [petId], params, options);
  }

  /** `POST /pets` (operationId `postPets`) */
  postPets(params, options) {
    return this.#transport.request(operations.PostPets, [], params, options);
  }
}

/** Operations grouped under `files`. */
export class FilesResource {
  #transport;

  constructor(transport) {
    this.#transport = transport;
  }

  /** `POST /uploads` (operationId `postUploads`) */
  postUploads(params, options) {
    return this.#transport.request(operations.PostUploads, [], params, options);
  }
}

/** Creates a client. `baseUrl` defaults to "". */
export function createClient(options) {
  const transport = new Transport(options ?? {}, {
    defaultBaseUrl: "",
    userAgent: "no-operation-ids-client/1.0.0",
    api,
    requestOptionNames,
  });
  return { default: new DefaultResource(transport), files: new FilesResource(transport) };
}
