/**
 * Whether the database failed underneath the engine (damaged pages, I/O errors). The
 * first failure is final for this engine: every part that receives, sends or runs
 * timers registers what it stops, and nothing more is acknowledged or sent.
 */
import type { StorageFailureCode } from '../store';
import { StorageFailedError, storageFailureOf } from '../store';

export class StorageGuard {
  private failure: StorageFailureCode | undefined;
  private readonly stops: Array<(code: StorageFailureCode) => void> = [];

  get failed(): StorageFailureCode | undefined {
    return this.failure;
  }

  /** What to stop when storage fails, in registration order. */
  onFailure(stop: (code: StorageFailureCode) => void): void {
    this.stops.push(stop);
  }

  /** Records the failure once and stops every registered part. */
  fail(code: StorageFailureCode): void {
    if (this.failure !== undefined) return;
    this.failure = code;
    for (const stop of this.stops) stop(code);
  }

  /** Throws the recorded failure: nothing may be committed (and so acknowledged) after it. */
  check(): void {
    if (this.failure !== undefined) throw new StorageFailedError(this.failure);
  }

  /** Records a storage failure among `error` and rethrows it either way. */
  observe(error: unknown): never {
    const code = storageFailureOf(error);
    if (code !== undefined) this.fail(code);
    throw error;
  }

  /**
   * Runs engine-internal store work (start, timers, shutdown) so that a storage failure
   * stops the engine instead of escaping; false when it did.
   */
  run(work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      const code = storageFailureOf(error);
      if (code === undefined) throw error;
      this.fail(code);
      return false;
    }
  }
}
