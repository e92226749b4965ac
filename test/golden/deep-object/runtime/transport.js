// Generated from deep-object.yaml — do not edit.
/**
 * The Transport: turns an operation descriptor + arguments into a fetch call, with credentials,
 * validation, retries, timeouts and error mapping, all as the spec's data says. The generated
 * resources call `request()` only.
 */
import { abortError, raceAbort, sleep } from "./abort.js";
import { DEFAULT_API } from "./api.js";
import { checkCredential, resolveAuth, secretsOf } from "./auth.js";
import { encodeBody } from "./body.js";
import { wireDates } from "./dates.js";
import { errorClassFor, errorFromResponse } from "./error-from-response.js";
import { ConnectionError, ResponseValidationError, TimeoutError } from "./errors.js";
import { buildHeaders, headerRecord } from "./headers.js";
import { cookieValues, splitParams } from "./params.js";
import { buildPath, pathValues } from "./path.js";
import { redactCause, redactDeep, redactString } from "./redact.js";
import { parseBody, withResponseMeta } from "./response.js";
import { retryDelay, shouldRetry } from "./retry.js";
import { serialiseQueryString } from "./serialise.js";
import { assertKnownKeys } from "./unknown-keys.js";
import { describeResponseIssues, responseValidator, validateRequest } from "./validation.js";
const MAX_TIMER_MS = 2_147_483_647;
function nonNegative(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0
    ? Math.floor(value)
    : fallback;
}
function isStream(body) {
  return typeof ReadableStream !== "undefined" && body instanceof ReadableStream;
}
function uuid() {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === "function") return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function combineSignals(a, b) {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}
export class Transport {
  // Private fields: invisible to util.inspect / console.log / JSON.stringify.
  #options;
  #credentials;
  #config;
  #api;
  /**
   * Throws `TypeError` (never echoing the value) when a credential option is unusable, or missing
   * while every operation needs it (`api.requiredOptions`).
   */
  constructor(options, config) {
    this.#config = config;
    this.#api = config.api ?? DEFAULT_API;
    const given = options ?? {};
    this.#credentials = this.#takeCredentials(given, true);
    const rest = {};
    for (const [key, value] of Object.entries(given)) {
      if (!this.#credentialOptions().has(key)) rest[key] = value;
    }
    this.#options = rest;
    new URL(this.#baseUrl(undefined)); // fail fast on a malformed base URL
  }
  #credentialOptions() {
    const out = new Map();
    for (const scheme of Object.values(this.#api.schemes)) {
      if (!out.has(scheme.option) || scheme.type !== "basic") out.set(scheme.option, scheme);
    }
    return out;
  }
  #takeCredentials(given, client) {
    const out = new Map();
    const required = new Set(client ? (this.#api.requiredOptions ?? []) : []);
    for (const [option, scheme] of this.#credentialOptions()) {
      const value = given[option];
      if (value === undefined && !required.has(option)) continue;
      checkCredential(option, scheme, value);
      out.set(option, value);
    }
    return out;
  }
  /**
   * Sends `op`. Resolves to the parsed JSON body (`undefined` when empty) with a non-enumerable
   * `lastResponse`; rejects with an `ApiError` subclass.
   */
  async request(op, pathArgs, params, options) {
    const signal = combineSignals(this.#options.signal, options?.signal);
    if (signal?.aborted) throw abortError(signal);
    const prepared = this.#prepare(op, pathArgs, params, options ?? {});
    const policy = op.retry ?? this.#api.retry;
    // A stream body can be sent only once.
    const maxRetries = isStream(prepared.body)
      ? 0
      : nonNegative(options?.maxRetries ?? this.#options.maxRetries, policy.maxRetries);
    const timeoutMs = Math.min(
      nonNegative(options?.timeoutMs ?? this.#options.timeoutMs, this.#api.timeoutMs),
      MAX_TIMER_MS,
    );
    const unsafe =
      (prepared.method === "POST" || prepared.method === "PATCH") &&
      !(op.idempotencyHeader !== undefined && prepared.headers.has(op.idempotencyHeader));
    for (let retries = 0; ; retries++) {
      const attempt = await this.#attempt(prepared, timeoutMs, signal);
      const headers = attempt.kind === "response" ? attempt.response.headers : undefined;
      const header = policy.shouldRetryHeader;
      const retry = shouldRetry({
        retries,
        maxRetries,
        status: attempt.kind === "response" ? attempt.response.status : undefined,
        timedOut: attempt.kind === "failed" && attempt.timedOut,
        shouldRetryHeader: header === undefined ? undefined : (headers?.get(header) ?? undefined),
        unsafe,
        policy,
      });
      if (retry) {
        const delay = retryDelay({
          retry: retries + 1,
          retryAfter: headers?.get("retry-after") ?? undefined,
          retryAfterMs: headers?.get("retry-after-ms") ?? undefined,
          random: this.#config.random ?? Math.random,
          now: (this.#config.now ?? Date.now)(),
          policy,
        });
        await raceAbort((this.#config.sleep ?? sleep)(delay, signal), signal);
        continue;
      }
      if (attempt.kind === "failed")
        throw this.#connectionError(attempt, prepared, timeoutMs, retries);
      return this.#finish(op, prepared, attempt.response, attempt.text);
    }
  }
  #baseUrl(op) {
    const base = this.#options.baseUrl ?? op?.baseUrl ?? this.#config.defaultBaseUrl;
    return base.replace(/\/+$/, "");
  }
  #prepare(op, pathArgs, rawParams, options) {
    const label = `${op.method.toUpperCase()} ${op.path}`;
    const params = wireDates(rawParams, op.unixTime);
    const path = pathValues(op, pathArgs);
    if (this.#options.validateRequests !== false) {
      assertKnownKeys(op, params, this.#config.requestOptionNames ?? []);
      validateRequest(op, params ?? {});
    }
    const parts = splitParams(op, path, params);
    const overrides = this.#takeCredentials(options, false);
    const credential = (option) => overrides.get(option) ?? this.#credentials.get(option);
    const auth = resolveAuth({
      security: op.security,
      schemes: this.#api.schemes,
      credential,
      label,
    });
    const query = [
      serialiseQueryString(parts.query ?? {}, op.styles),
      ...auth.query.map(([k, v]) => serialiseQueryString({ [k]: v }, undefined)),
    ]
      .filter((q) => q !== "")
      .join("&");
    const encoded = encodeBody(op.body, parts.body);
    const userAgent = [this.#config.userAgent ?? "openapi-client", this.#options.userAgent]
      .filter(Boolean)
      .join(" ");
    const clientOptions = this.#options;
    const headers = buildHeaders({
      op,
      label,
      userAgent,
      contentType: encoded.contentType,
      headerParams: parts.header,
      cookies: cookieValues(op, params),
      option: (name) => options[name] ?? clientOptions[name],
      extraHeaders: [this.#options.headers, options.headers],
      auth,
      newIdempotencyKey: uuid,
    });
    return {
      url: `${this.#baseUrl(op)}${buildPath(op.path, path, op.styles)}${query === "" ? "" : `?${query}`}`,
      method: op.method.toUpperCase(),
      headers,
      body: encoded.body,
      secrets: [...this.#credentials.values(), ...overrides.values()].flatMap(secretsOf),
    };
  }
  async #attempt(p, timeoutMs, signal) {
    if (signal?.aborted) throw abortError(signal);
    const fetchFn = this.#options.fetch ?? globalThis.fetch;
    if (typeof fetchFn !== "function") throw new TypeError("No fetch implementation available");
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const init = { method: p.method, headers: p.headers, signal: controller.signal };
      if (p.body !== undefined) init.body = p.body;
      if (isStream(p.body)) Object.assign(init, { duplex: "half" }); // required for stream bodies
      const response = await raceAbort(fetchFn(p.url, init), controller.signal);
      const text = await raceAbort(response.text(), controller.signal);
      return { kind: "response", response, text };
    } catch (cause) {
      if (signal?.aborted) throw abortError(signal);
      return { kind: "failed", timedOut, cause };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }
  #connectionError(attempt, prepared, timeoutMs, retries) {
    const retried = retries > 0 ? ` (retried ${retries} time${retries === 1 ? "" : "s"})` : "";
    if (attempt.timedOut) {
      return new TimeoutError(`Request timed out after ${timeoutMs}ms${retried}`);
    }
    const cause = redactCause(attempt.cause, prepared.secrets);
    // e.g. undici: "fetch failed" caused by "other side closed" → "fetch failed: other side closed"
    const reasons = [];
    for (let c = cause; c instanceof Error && reasons.length < 3; c = c.cause) {
      reasons.push(c.message);
    }
    const detail = reasons.length > 0 ? `: ${reasons.join(": ")}` : "";
    return new ConnectionError(`Connection error${detail}${retried}`, { cause });
  }
  #requestId(headers) {
    const declared = this.#api.requestIdHeader?.toLowerCase();
    if (declared !== undefined) return headers[declared];
    return headers["request-id"] ?? headers["x-request-id"];
  }
  #finish(op, prepared, response, text) {
    const secrets = prepared.secrets;
    const status = response.status;
    const headers = headerRecord(response.headers, secrets);
    const requestId = this.#requestId(headers);
    const parsed = parseBody(text);
    if (!response.ok) {
      const body = redactDeep(parsed.ok ? parsed.value : text, secrets);
      throw errorFromResponse(this.#api.errors, { status, body, headers, requestId });
    }
    const meta = { status, requestId, headers };
    const keyHeader = op.idempotencyHeader;
    const idempotencyKey =
      keyHeader === undefined
        ? undefined
        : (prepared.headers.get(keyHeader) ?? headers[keyHeader.toLowerCase()]);
    if (idempotencyKey !== undefined && idempotencyKey !== null)
      meta.idempotencyKey = idempotencyKey;
    if (!parsed.ok) {
      // A 2xx that is not JSON is the server's fault: the class of a 5xx, with the real status.
      const Class = errorClassFor(this.#api.errors, 500);
      throw new Class("Invalid JSON received from the API", {
        status,
        requestId,
        headers,
        body: redactString(text, secrets),
      });
    }
    if (this.#options.validateResponses === true)
      this.#validateResponse(op, meta, parsed.value, secrets);
    // An empty body (204) is an empty result, so `lastResponse` is there too.
    return withResponseMeta(parsed.value === undefined ? {} : parsed.value, meta);
  }
  #validateResponse(op, meta, body, secrets) {
    const validate = responseValidator(op, meta.status);
    if (!validate || validate(body)) return;
    const issues = redactDeep(validate.errors ?? [], secrets) ?? [];
    const error = new ResponseValidationError(
      `Response did not match the spec: ${redactString(describeResponseIssues(issues), secrets)}`,
      issues,
      {
        status: meta.status,
        requestId: meta.requestId,
        headers: meta.headers,
        body: redactDeep(body, secrets),
      },
    );
    throw error;
  }
}
