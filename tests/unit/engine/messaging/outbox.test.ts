import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ContentFormatError } from '../../../../engine/messaging/content-codec';
import { DeviceListUnsettledError, IdentityChangedError } from '../../../../engine/messaging/errors';
import type { OutboxDelegate } from '../../../../engine/messaging/outbox';
import { OutboxRunner } from '../../../../engine/messaging/outbox';
import { classifySendFailure, outboxBackoffMs } from '../../../../engine/messaging/send-failure';
import { MismatchedDevicesError, RelayAuthError, RelayHttpError, RelayUnreachableError } from '../../../../engine/relay-client/errors';
import type { OutboxItem, SendFailureCode, StorageFailureCode, Store } from '../../../../engine/store';
import { toAccountId } from '../../../../engine/store';
import { fakeClock, memoryStore } from '../fixtures';
import type { Scheduler } from '../../../../engine/kernel/scheduler';
import { ManualScheduler } from '../../../../engine/kernel/scheduler';

const bob = toAccountId(randomUUID());
const carol = toAccountId(randomUUID());

function sqliteError(code: string): Error {
  return Object.assign(new Error('file is not a database'), { code });
}

describe('classifySendFailure', () => {
  it('retries what may pass later: unreachable, timeouts, 428, 429, 5xx, an unsettled device list, refused credentials', () => {
    for (const error of [
      new RelayUnreachableError('http://relay'),
      new RelayHttpError(408, 'timeout', 'slow'),
      new RelayHttpError(428, 'challenge', 'prove it'),
      new RelayHttpError(429, 'rate_limited', 'later'),
      new RelayHttpError(500, 'internal', 'oops'),
      new RelayHttpError(503, 'unavailable', 'down'),
      new MismatchedDevicesError([2], []),
      new DeviceListUnsettledError(bob),
      new RelayAuthError(401, 'unauthorized', 'who'),
    ]) {
      expect(classifySendFailure(error).kind).toBe('temporary');
    }
    expect(classifySendFailure(new RelayHttpError(429, 'rate_limited', 'later'))).toEqual({ kind: 'temporary', code: 'http-429' });
  });

  it('ends an item the relay refuses for good (any other 4xx) or that cannot be sent', () => {
    for (const status of [400, 403, 404, 411, 413, 422]) {
      expect(classifySendFailure(new RelayHttpError(status, 'x', 'no'))).toEqual({ kind: 'permanent', code: 'send-refused', detail: `http-${String(status)}` });
    }
    expect(classifySendFailure(new ContentFormatError('bad'))).toMatchObject({ kind: 'permanent', code: 'send-invalid' });
    expect(classifySendFailure(new TypeError('a bug'))).toEqual({ kind: 'permanent', code: 'send-failed', detail: 'TypeError' });
  });

  it('tells a safety-number change and a failing database apart from send failures', () => {
    expect(classifySendFailure(new IdentityChangedError(bob))).toEqual({ kind: 'identity-changed' });
    expect(classifySendFailure(sqliteError('SQLITE_CORRUPT'))).toEqual({ kind: 'storage', code: 'database-corrupt' });
    expect(classifySendFailure(new Error('wrapped', { cause: sqliteError('SQLITE_IOERR_SHORT_READ') }))).toEqual({ kind: 'storage', code: 'database-io' });
  });

  it('backs off exponentially up to a minute', () => {
    expect([0, 1, 2, 3, 20].map((attempts) => outboxBackoffMs(attempts))).toEqual([1_000, 2_000, 4_000, 8_000, 60_000]);
  });
});

interface Harness {
  readonly store: Store;
  readonly runner: OutboxRunner;
  readonly sent: Array<string>;
  readonly failed: Array<[string, SendFailureCode]>;
  readonly storage: Array<StorageFailureCode>;
  advance(ms: number): void;
  queue(to: typeof bob, text: string, kind?: OutboxItem['kind']): void;
}

/** A runner over a real (in-memory) store whose sends are decided by `outcome`. */
function harness(outcome: (text: string, item: OutboxItem) => Error | Promise<void> | undefined, overrides: Partial<OutboxDelegate> = {}, scheduler?: Scheduler): Harness {
  const clock = fakeClock();
  const store = memoryStore(clock.now);
  const sent: Array<string> = [];
  const failed: Array<[string, SendFailureCode]> = [];
  const storage: Array<StorageFailureCode> = [];
  const text = (item: OutboxItem): string => Buffer.from(item.payload).toString();
  const delegate: OutboxDelegate = {
    send: async (item) => {
      const result = outcome(text(item), item);
      if (result instanceof Error) throw result;
      await result;
      sent.push(text(item));
      store.removeOutbox(item.id);
    },
    fail: (item, code) => {
      failed.push([text(item), code]);
      store.removeOutbox(item.id);
    },
    isHeld: () => false,
    identityChanged: () => 'hold',
    storageFailed: (code) => storage.push(code),
    ...overrides,
  };
  const runner = new OutboxRunner({ store, now: clock.now, delegate, ...(scheduler === undefined ? {} : { scheduler }) });
  return {
    store,
    runner,
    sent,
    failed,
    storage,
    advance: clock.advance,
    queue: (to, value, kind = 'message') => {
      store.enqueueOutbox({ kind, recipients: [to], messageId: null, payload: Buffer.from(value) });
    },
  };
}

describe('OutboxRunner', () => {
  it('waits for a retry on the scheduler it was given, and retries when that fires', async () => {
    let relayDown = true;
    const scheduler = new ManualScheduler();
    const h = harness((text) => (text.startsWith('bob') && relayDown ? new RelayHttpError(503, 'down', 'down') : undefined), {}, scheduler);
    h.queue(bob, 'bob 1');
    // Started as the engine starts it: retries run by themselves from here on.
    h.runner.resume();
    await h.runner.whenIdle();
    expect(h.sent).toEqual([]);
    expect(scheduler.pending).toBe(1);
    relayDown = false;
    h.advance(60_000);
    scheduler.advance(60_000);
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['bob 1']);
    await h.runner.stop();
    expect(scheduler.pending).toBe(0);
  });

  it('keeps going for other lanes while one backs off after a temporary failure, then retries it in order', async () => {
    let relayDown = true;
    const h = harness((text) => (text.startsWith('bob') && relayDown ? new RelayHttpError(503, 'down', 'down') : undefined));
    h.queue(bob, 'bob 1');
    h.queue(bob, 'bob 2');
    h.queue(carol, 'carol 1');
    h.queue(carol, 'carol 2');
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1', 'carol 2']);
    const [head] = h.store.listOutbox();
    expect(head).toMatchObject({ attempts: 1, lastError: 'http-503' });
    // Not due yet: nothing is tried.
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1', 'carol 2']);
    relayDown = false;
    h.advance(1_000);
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1', 'carol 2', 'bob 1', 'bob 2']);
  });

  it('ends a permanently refused item with its code and sends the rest of its lane', async () => {
    const h = harness((text) => (text === 'bob 1' ? new RelayHttpError(413, 'payload_too_large', 'big') : undefined));
    h.queue(bob, 'bob 1');
    h.queue(bob, 'bob 2');
    await h.runner.whenIdle();
    expect(h.failed).toEqual([['bob 1', 'send-refused']]);
    expect(h.sent).toEqual(['bob 2']);
    expect(h.store.countOutbox()).toBe(0);
  });

  it('holds a lane whose contact must accept a new safety number until released, without holding others', async () => {
    let pending = true;
    const h = harness(() => undefined, {
      isHeld: (item) => pending && item.recipients.some((recipient) => recipient.accountId === bob),
      identityChanged: () => 'hold',
    });
    h.queue(bob, 'receipt for bob', 'receipt');
    h.queue(carol, 'carol 1');
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1']);
    h.runner.release();
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1']);
    pending = false;
    h.runner.release();
    await h.runner.whenIdle();
    expect(h.sent).toEqual(['carol 1', 'receipt for bob']);
  });

  it('stops after the items in flight, leaving the rest queued in order', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = harness((text) => (text === 'bob 1' ? gate : undefined));
    for (let i = 1; i <= 50; i++) h.queue(bob, `bob ${String(i)}`);
    h.runner.kick();
    await new Promise((resolve) => setImmediate(resolve));
    const stopped = h.runner.stop();
    release();
    await stopped;
    expect(h.sent).toEqual(['bob 1']);
    expect(h.store.countOutbox()).toBe(49);
    await h.runner.whenIdle();
    expect(h.sent).toHaveLength(50);
  });

  it('halts for good on a storage failure and reports it once', async () => {
    const h = harness(() => sqliteError('SQLITE_CORRUPT'));
    h.queue(bob, 'bob 1');
    h.queue(carol, 'carol 1');
    await h.runner.whenIdle();
    expect(h.storage).toEqual(['database-corrupt']);
    expect(h.store.countOutbox()).toBe(2);
    h.runner.resume();
    await h.runner.whenIdle();
    expect(h.sent).toEqual([]);
  });
});
