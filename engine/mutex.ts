/**
 * Serialises async work. libsignal session state is read, advanced and written back
 * across awaits; the receive pipeline stages its writes until commit. Sending and
 * receiving must therefore never interleave on the same sessions, or one would
 * overwrite the other's ratchet step.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  runExclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    // The next caller waits for this one to settle, whatever its outcome.
    this.tail = run.catch(() => undefined);
    return run;
  }
}
