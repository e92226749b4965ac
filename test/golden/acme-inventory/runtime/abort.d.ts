// Generated from acme-inventory.yaml — do not edit.
/** Abort helpers: an abortable sleep and a race that rejects as soon as a signal fires. */
import { AbortError } from "./errors.js";
export declare function abortError(signal: AbortSignal): AbortError;
/**
 * Settles like `promise`, but rejects with `AbortError` as soon as `signal` aborts, even if the
 * promise itself (e.g. a custom fetch that ignores its signal) never settles.
 */
export declare function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T>;
/** The default backoff wait: a timer, cleared when `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
