/**
 * Works the persisted outbox lane by lane (DESIGN.md: "one lane per conversation, and a
 * permanent failure that ends its item visibly"). Items of one lane go out strictly in
 * order; a few lanes send at once, so a lane that waits for a retry, is held for the
 * user, or has a slow request in flight never holds another. Which lane an item is in
 * is the store's `lane` column; how one item is sent is the engine's `send`.
 *
 * A temporary failure backs the lane off (the head's next attempt time is persisted, so
 * a restart keeps it); a permanent one ends the item (`fail`) and the lane moves on; a
 * contact's pending safety-number change holds the lane until `release()`; a storage
 * failure halts the whole outbox for good.
 */
import type { OutboxItem, OutboxLane, SendFailureCode, StorageFailureCode, Store } from '../store';
import { storageFailureOf } from '../store';
import type { SendFailure } from './send-failure';
import { classifySendFailure, outboxBackoffMs } from './send-failure';
import type { Cancel, Scheduler } from '../kernel/scheduler';
import { systemScheduler } from '../kernel/scheduler';

/** How many lanes may have a request in flight at once. */
const defaultConcurrency = 4;

export interface OutboxDelegate {
  /** Sends one item and, in the same transaction as its removal, records what it produced. */
  send(item: OutboxItem): Promise<void>;
  /** Ends an item for good: remove it, fail its message with `code`. */
  fail(item: OutboxItem, code: SendFailureCode): void;
  /**
   * The item's contact has a safety-number change the user has not accepted. Returns
   * 'hold' to keep the item (and its lane) until `release()`, or 'failed' when the item
   * was ended (a message the user composed fails visibly, as before).
   */
  identityChanged(item: OutboxItem): 'hold' | 'failed';
  /** Whether the item's contact still waits for the user to accept a new safety number. */
  isHeld(item: OutboxItem): boolean;
  /** The database failed underneath: the outbox has halted. */
  storageFailed(code: StorageFailureCode): void;
  /** A temporary failure was recorded (for a log). */
  retrying?(item: OutboxItem, failure: Extract<SendFailure, { kind: 'temporary' }>): void;
  /** Something other than sending failed in a lane (a bug): the lane waits for the next start. */
  laneFailed?(lane: OutboxLane | undefined, error: unknown): void;
  /** No lane is sending and none is due: everything left waits for a time or the user. */
  idle?(): void;
}

export interface OutboxRunnerOptions {
  readonly store: Store;
  readonly now: () => number;
  /** Where retries wait (the engine's scheduler; the system's by default). */
  readonly scheduler?: Scheduler;
  readonly delegate: OutboxDelegate;
  readonly concurrency?: number;
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
}

type LaneOutcome = 'empty' | 'waiting' | 'held' | 'paused';

/**
 * An item never tried is due whatever the clocks say (the store stamps it with its own
 * clock); a retried one waits for the time its failure set.
 */
function isDue(item: { readonly attempts: number; readonly nextAttemptAt: number }, now: number): boolean {
  return item.attempts === 0 || item.nextAttemptAt <= now;
}

export class OutboxRunner {
  private readonly active = new Map<OutboxLane, Promise<void>>();
  /** Lanes whose contact must accept a safety-number change first; cleared by `release()`. */
  private readonly held = new Set<OutboxLane>();
  private readonly idleWaiters: Array<() => void> = [];
  private paused = false;
  private halted = false;
  private scanQueued = false;
  private cancelRetry: Cancel | undefined;
  /** Retry timers only run while the engine is started (a stopped engine sends nothing by itself). */
  private timersEnabled = false;

  constructor(private readonly options: OutboxRunnerOptions) {}

  /** Lets retries run on their own (the engine is started). */
  resume(): void {
    if (this.halted) return;
    this.paused = false;
    this.timersEnabled = true;
    this.held.clear();
    this.kick();
  }

  /**
   * Starts no new item, cancels the retry timer, and waits only for the items already in
   * flight (at most one per lane, a few lanes): the rest stays queued for the next start.
   * Afterwards the runner is as before `resume()`: an explicit `kick` (a new message,
   * `whenIdle`) still sends, but nothing retries by itself.
   */
  async stop(): Promise<void> {
    this.paused = true;
    this.timersEnabled = false;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    await Promise.all(this.active.values());
    this.settleIdle();
    if (!this.halted) this.paused = false;
  }

  /** After a storage failure: nothing is sent again by this runner. */
  halt(): void {
    this.halted = true;
    this.paused = true;
    this.timersEnabled = false;
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.settleIdle();
  }

  /**
   * Lanes held for a safety-number change look again: the user accepted or verified the
   * new key, or queued a message there (which then fails at once rather than wait).
   */
  release(): void {
    this.held.clear();
    this.kick();
  }

  /** Something was queued or became due: look at the lanes once the current work is done. */
  kick(): void {
    if (this.paused) {
      this.settleIdle();
      return;
    }
    if (this.scanQueued) return;
    this.scanQueued = true;
    // After the caller's transaction: an item is only sent once it is committed.
    queueMicrotask(() => {
      this.scanQueued = false;
      this.scan();
    });
  }

  /** Resolves once no lane is sending and none is due (sent, failed, waiting for a retry or held). */
  whenIdle(): Promise<void> {
    if (this.paused) return Promise.resolve();
    const idle = new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
    });
    this.kick();
    return idle;
  }

  private scan(): void {
    if (this.paused) {
      this.settleIdle();
      return;
    }
    let heads;
    try {
      heads = this.options.store.listOutboxLaneHeads();
    } catch (error) {
      // Runs from a microtask: nothing may escape (a closed store after shutdown, a failing disk).
      if (!this.storageFailure(error)) this.options.delegate.laneFailed?.(undefined, error);
      this.settleIdle();
      return;
    }
    const now = this.options.now();
    const concurrency = this.options.concurrency ?? defaultConcurrency;
    let nextDue = Infinity;
    for (const head of heads) {
      if (this.active.has(head.lane) || this.held.has(head.lane)) continue;
      if (!isDue(head, now)) {
        nextDue = Math.min(nextDue, head.nextAttemptAt);
        continue;
      }
      // Due lanes beyond the limit start when a running one finishes (which scans again).
      if (this.active.size >= concurrency) break;
      this.startLane(head.lane);
    }
    this.scheduleRetry(nextDue - now);
    if (this.active.size === 0) this.settleIdle();
  }

  private startLane(lane: OutboxLane): void {
    const run = this.runLane(lane)
      .then((outcome) => {
        if (outcome === 'held') this.held.add(lane);
      })
      .catch((error: unknown) => {
        if (this.storageFailure(error)) return;
        // Not a send failure (those are classified above) but a bug around one: park the
        // lane until the next release or start instead of spinning on it.
        this.held.add(lane);
        this.options.delegate.laneFailed?.(lane, error);
      })
      .finally(() => {
        this.active.delete(lane);
        this.kick();
      });
    this.active.set(lane, run);
  }

  /** Sends the lane's items in order until it is empty, must wait, is held, or the runner pauses. */
  private async runLane(lane: OutboxLane): Promise<LaneOutcome> {
    const { store, delegate } = this.options;
    for (;;) {
      if (this.paused) return 'paused';
      const item = store.getOutboxLaneHead(lane);
      if (item === undefined) return 'empty';
      if (!isDue(item, this.options.now())) return 'waiting';
      if (delegate.isHeld(item)) {
        if (delegate.identityChanged(item) === 'hold') return this.hold(lane);
        continue;
      }
      try {
        await delegate.send(item);
        continue;
      } catch (error) {
        const failure = classifySendFailure(error);
        switch (failure.kind) {
          case 'storage':
            throw error;
          case 'identity-changed':
            if (delegate.identityChanged(item) === 'hold') return this.hold(lane);
            continue;
          case 'permanent':
            delegate.fail(item, failure.code);
            continue;
          case 'temporary': {
            const delay = outboxBackoffMs(item.attempts, this.options.retryBaseMs, this.options.retryMaxMs);
            store.recordOutboxFailure(item.id, failure.code, this.options.now() + delay);
            delegate.retrying?.(item, failure);
            return 'waiting';
          }
        }
      }
    }
  }

  /**
   * The lane waits for the user, but the messages queued in it behind the held item
   * would only wait with it: they are ended now, as the first one was (the user sees
   * them failed and may send them again once they accepted).
   */
  private hold(lane: OutboxLane): 'held' {
    for (const item of this.options.store.listOutboxLane(lane)) {
      if (item.kind === 'message') this.options.delegate.identityChanged(item);
    }
    return 'held';
  }

  private scheduleRetry(delayMs: number): void {
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    if (!this.timersEnabled || !Number.isFinite(delayMs)) return;
    this.cancelRetry = (this.options.scheduler ?? systemScheduler).after(Math.max(0, delayMs), () => {
      this.cancelRetry = undefined;
      this.kick();
    });
  }

  private storageFailure(error: unknown): boolean {
    const code = storageFailureOf(error);
    if (code === undefined) return false;
    if (!this.halted) {
      this.halt();
      this.options.delegate.storageFailed(code);
    }
    return true;
  }

  private settleIdle(): void {
    if (this.active.size > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    if (!this.paused) this.options.delegate.idle?.();
  }
}
