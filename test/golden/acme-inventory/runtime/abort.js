// Generated from acme-inventory.yaml — do not edit.
/** Abort helpers: an abortable sleep and a race that rejects as soon as a signal fires. */
import { AbortError } from "./errors.js";
export function abortError(signal) {
  return new AbortError("The request was aborted", { cause: signal.reason });
}
/**
 * Settles like `promise`, but rejects with `AbortError` as soon as `signal` aborts, even if the
 * promise itself (e.g. a custom fetch that ignores its signal) never settles.
 */
export function raceAbort(promise, signal) {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortError(signal));
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
/** The default backoff wait: a timer, cleared when `signal` aborts. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal ? abortError(signal) : new AbortError("The request was aborted"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
