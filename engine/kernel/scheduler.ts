/**
 * Every timer of the engine goes through a Scheduler, so tests can move time by hand
 * (`ManualScheduler`) instead of waiting. The real one never keeps the process alive.
 */
export type Cancel = () => void;

export interface Scheduler {
  /** Runs `work` once, `ms` from now. */
  after(ms: number, work: () => void): Cancel;
}

/** Runs `work` every `ms` until cancelled (each run scheduled after the previous one). */
export function every(scheduler: Scheduler, ms: number, work: () => void): Cancel {
  let cancelNext: Cancel | undefined;
  let cancelled = false;
  const next = (): void => {
    cancelNext = scheduler.after(ms, () => {
      if (cancelled) return;
      next();
      work();
    });
  };
  next();
  return () => {
    cancelled = true;
    cancelNext?.();
  };
}

export const systemScheduler: Scheduler = {
  after(ms, work) {
    const timer = setTimeout(work, ms);
    timer.unref();
    return () => {
      clearTimeout(timer);
    };
  },
};

/** Time that moves only when a test says so; due work runs in order of its due time. */
export class ManualScheduler implements Scheduler {
  private time = 0;
  private nextId = 0;
  private readonly due = new Map<number, { readonly at: number; readonly work: () => void }>();

  get now(): number {
    return this.time;
  }

  get pending(): number {
    return this.due.size;
  }

  after(ms: number, work: () => void): Cancel {
    const id = this.nextId++;
    this.due.set(id, { at: this.time + Math.max(0, ms), work });
    return () => {
      this.due.delete(id);
    };
  }

  /** Moves time forward by `ms`, running what falls due (and what that schedules within the window). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let nextId: number | undefined;
      let next: { readonly at: number; readonly work: () => void } | undefined;
      for (const [id, entry] of this.due) {
        if (entry.at <= end && (next === undefined || entry.at < next.at)) {
          nextId = id;
          next = entry;
        }
      }
      if (next === undefined || nextId === undefined) break;
      this.due.delete(nextId);
      this.time = next.at;
      next.work();
    }
    this.time = end;
  }
}

/**
 * Gives the event loop a turn inside a long loop (a history export, check or import), so
 * IPC, the relay socket and a cancel are heard between its batches. Not a timer: the
 * turn is now, whatever the scheduler.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Yields every `every` calls of `step()`: how a long loop paces itself. */
export function turnTaker(every: number): { step(): Promise<void> | undefined } {
  let count = 0;
  return {
    step() {
      count++;
      return count % every === 0 ? nextTurn() : undefined;
    },
  };
}
