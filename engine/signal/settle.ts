/**
 * Runs synchronous store work and reports its outcome as a promise, so that a store
 * error reaches libsignal as a rejection (what it expects from a store callback)
 * instead of a synchronous throw out of a promise-returning method.
 */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
