// Generated from spec/openapi.yaml (sha256 2411fcc2e543661de8b05f2c8fa8fc88993f851a9b65ee41ebf5ae0762539526).
// Do not edit: change the spec and run `npm run generate`.
/**
 * The Transport: turns an operation descriptor + arguments into a fetch call, with validation,
 * retries, timeouts and error mapping. The generated resources call `request()` only.
 */
import { abortError, raceAbort, sleep } from "./abort.js";
import { encodeBody } from "./body.js";
import { errorFromResponse } from "./error-from-response.js";
import { APIError, ConnectionError, ResponseValidationError, TimeoutError } from "./errors.js";
import { encodeForm } from "./form.js";
import { assertValidApiKey, buildHeaders, headerRecord } from "./headers.js";
import { splitParams } from "./params.js";
import { buildPath, pathValues } from "./path.js";
import { redactCause, redactDeep, redactString } from "./redact.js";
import { parseBody, withResponseMeta } from "./response.js";
import { retryDelay, shouldRetry } from "./retry.js";
import { describeResponseIssues, responseValidator, validateRequest } from "./validation.js";
const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_TIMEOUT_MS = 80_000;
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
export class Transport {
  // Private fields: invisible to util.inspect / console.log / JSON.stringify.
  #apiKey;
  #options;
  #config;
  /** Throws `TypeError` (without echoing the key) when `options.apiKey` is unusable. */
  constructor(options, config) {
    assertValidApiKey(options?.apiKey);
    const { apiKey, ...rest } = options;
    this.#apiKey = apiKey;
    this.#options = rest;
    this.#config = config;
    new URL(this.#baseUrl(undefined)); // fail fast on a malformed base URL
  }
  /**
   * Sends `op`. Resolves to the parsed JSON body (`undefined` when empty) with a non-enumerable
   * `lastResponse`; rejects with a `StripeError` subclass.
   */
  async request(op, pathArgs, params, options) {
    const signal = options?.signal;
    if (signal?.aborted) throw abortError(signal);
    const prepared = this.#prepare(op, pathArgs, params, options);
    // A stream body can be sent only once.
    const maxRetries = isStream(prepared.body)
      ? 0
      : nonNegative(options?.maxRetries ?? this.#options.maxRetries, DEFAULT_MAX_RETRIES);
    const timeoutMs = Math.min(
      nonNegative(options?.timeoutMs ?? this.#options.timeoutMs, DEFAULT_TIMEOUT_MS),
      MAX_TIMER_MS,
    );
    for (let retries = 0; ; retries++) {
      const attempt = await this.#attempt(prepared, timeoutMs, signal);
      const headers = attempt.kind === "response" ? attempt.response.headers : undefined;
      const retry = shouldRetry({
        retries,
        maxRetries,
        status: attempt.kind === "response" ? attempt.response.status : undefined,
        shouldRetryHeader: headers?.get("stripe-should-retry") ?? undefined,
      });
      if (retry) {
        const delay = retryDelay(
          retries + 1,
          headers?.get("retry-after") ?? undefined,
          this.#config.random ?? Math.random,
          (this.#config.now ?? Date.now)(),
        );
        await raceAbort((this.#config.sleep ?? sleep)(delay, signal), signal);
        continue;
      }
      if (attempt.kind === "failed") throw this.#connectionError(attempt, timeoutMs, retries);
      return this.#finish(op, prepared, attempt.response, attempt.text);
    }
  }
  #baseUrl(op) {
    const base = this.#options.baseUrl ?? op?.baseUrl ?? this.#config.defaultBaseUrl;
    return base.replace(/\/+$/, "");
  }
  #prepare(op, pathArgs, params, options) {
    const path = pathValues(op, pathArgs);
    const parts = splitParams(op, path, params);
    if (this.#options.validateRequests !== false) validateRequest(op, parts);
    const query = parts.query ? encodeForm(parts.query) : "";
    const encoded = encodeBody(op.body, parts.body);
    const userAgent = [this.#config.userAgent ?? "openapi-client", this.#options.userAgent]
      .filter(Boolean)
      .join(" ");
    const headers = buildHeaders({
      op,
      apiKey: this.#apiKey,
      userAgent,
      contentType: encoded.contentType,
      headerParams: parts.header,
      requestOptions: options,
      clientOptions: this.#options,
      newIdempotencyKey: uuid,
    });
    return {
      url: `${this.#baseUrl(op)}${buildPath(op.path, path)}${query === "" ? "" : `?${query}`}`,
      method: op.method.toUpperCase(),
      headers,
      body: encoded.body,
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
  #connectionError(attempt, timeoutMs, retries) {
    const retried = retries > 0 ? ` (retried ${retries} time${retries === 1 ? "" : "s"})` : "";
    if (attempt.timedOut) {
      return new TimeoutError(`Request timed out after ${timeoutMs}ms${retried}`);
    }
    const cause = redactCause(attempt.cause, this.#apiKey);
    // e.g. undici: "fetch failed" caused by "other side closed" → "fetch failed: other side closed"
    const reasons = [];
    for (let c = cause; c instanceof Error && reasons.length < 3; c = c.cause) {
      reasons.push(c.message);
    }
    const detail = reasons.length > 0 ? `: ${reasons.join(": ")}` : "";
    return new ConnectionError(`Connection error${detail}${retried}`, { cause });
  }
  #finish(op, prepared, response, text) {
    const key = this.#apiKey;
    const status = response.status;
    const headers = headerRecord(response.headers, key);
    const requestId = headers["request-id"];
    const parsed = parseBody(text);
    if (!response.ok) {
      const raw = redactDeep(parsed.ok ? parsed.value : text, key);
      throw errorFromResponse(status, raw, headers, requestId);
    }
    const meta = { status, requestId, headers };
    const idempotencyKey = prepared.headers.get("idempotency-key") ?? headers["idempotency-key"];
    if (idempotencyKey !== undefined && idempotencyKey !== null)
      meta.idempotencyKey = idempotencyKey;
    if (!parsed.ok) {
      throw new APIError("Invalid JSON received from the API", {
        status,
        requestId,
        headers,
        raw: redactString(text, key),
      });
    }
    if (this.#options.validateResponses === true) this.#validateResponse(op, meta, parsed.value);
    return withResponseMeta(parsed.value, meta);
  }
  #validateResponse(op, meta, body) {
    const validate = responseValidator(op, meta.status);
    if (!validate || validate(body)) return;
    const key = this.#apiKey;
    const issues = redactDeep(validate.errors ?? [], key) ?? [];
    const error = new ResponseValidationError(
      `Response did not match the spec: ${redactString(describeResponseIssues(issues), key)}`,
      issues,
      {
        status: meta.status,
        requestId: meta.requestId,
        headers: meta.headers,
        raw: redactDeep(body, key),
      },
    );
    throw error;
  }
}
