import { AbortedError } from '../base/errors.js';

/**
 * `promise`, but rejected with AbortedError as soon as `signal` aborts; the
 * work behind it goes on (others may share it). `onAbort` runs once on abort.
 */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal, onAbort?: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(new AbortedError());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      reject(new AbortedError());
      onAbort?.();
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(err);
      },
    );
  });
}
