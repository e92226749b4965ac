// Generated from no-operation-ids.yaml — do not edit.
import { Transport } from "./runtime/index.js";
import {
  validateGetPetsPetIdRequest,
  validateGetPetsPetIdResponseDefault,
  validateGetPetsResponse200,
  validatePostPetsRequest,
  validatePostUploadsRequest,
} from "./validators.js";
/** What the spec declares for the runtime: credentials, retries, errors, timeout. */
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
/** The operations of the spec, as data for the runtime. */
const operations = {
  GetPets: {
    operationId: "getPets",
    method: "GET",
    path: "/pets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    validateResponse: { 200: validateGetPetsResponse200 },
  },
  GetPetsPetId: {
    operationId: "getPetsPetId",
    method: "GET",
    path: "/pets/{petId}",
    pathParams: ["petId"],
    query: [],
    headers: [],
    optionHeaders: [],
    validateRequest: validateGetPetsPetIdRequest,
    validateResponse: { default: validateGetPetsPetIdResponseDefault },
  },
  PostPets: {
    operationId: "postPets",
    method: "POST",
    path: "/pets",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
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
    method: "POST",
    path: "/uploads",
    pathParams: [],
    query: [],
    headers: [],
    optionHeaders: [],
    body: {
      mediaType: "multipart/form-data",
      encoding: "multipart",
      merged: false,
      required: false,
    },
    validateRequest: validatePostUploadsRequest,
  },
};
/** Operations grouped under `default`. */
export class DefaultResource {
  #transport;
  constructor(transport) {
    this.#transport = transport;
  }
  /** `GET /pets` (operationId `getPets`) */
  getPets(options) {
    return this.#transport.request(operations.GetPets, [], undefined, options);
  }
  /** `GET /pets/{petId}` (operationId `getPetsPetId`) */
  getPetsPetId(petId, options) {
    return this.#transport.request(operations.GetPetsPetId, [petId], undefined, options);
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
  });
  return {
    default: new DefaultResource(transport),
    files: new FilesResource(transport),
  };
}
