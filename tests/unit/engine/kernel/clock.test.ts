import { describe, expect, it } from 'vitest';
import { persistedClock } from '../../../../engine/kernel/clock';
import { compareHlc } from '../../../../shared/domain/hlc';
import { fakeClock, memoryStore } from '../fixtures';

describe('persistedClock', () => {
  it('continues after its last timestamp in a new engine over the same store, even when wall time went back', () => {
    const wall = fakeClock(10_000);
    const store = memoryStore(wall.now);
    const first = persistedClock(store, () => 'acct.1', wall.now);
    first.tick();
    const before = first.tick();
    expect(before).toEqual({ ok: true, timestamp: { wall: 10_000, counter: 1, node: 'acct.1' } });
    wall.advance(-5_000);
    const second = persistedClock(store, () => 'acct.1', wall.now);
    const after = second.tick();
    if (!before.ok || !after.ok) throw new Error('tick refused');
    expect(compareHlc(after.timestamp, before.timestamp)).toBeGreaterThan(0);
    expect(after.timestamp).toEqual({ wall: 10_000, counter: 2, node: 'acct.1' });
  });

  it('keeps what it observed from another device, and refuses a timestamp far ahead without moving', () => {
    const wall = fakeClock(10_000);
    const store = memoryStore(wall.now);
    const clock = persistedClock(store, () => 'acct.2', wall.now);
    expect(clock.observe({ wall: 12_000, counter: 4, node: 'acct.1' })).toEqual({ ok: true, timestamp: { wall: 12_000, counter: 5, node: 'acct.2' } });
    expect(clock.observe({ wall: 10_000 + 24 * 3_600_000, counter: 0, node: 'acct.1' })).toEqual({ ok: false, problem: 'drift' });
    expect(store.getItem('hlcLast')).toEqual({ wall: 12_000, counter: 5 });
  });

  it('names its node only when first used (an engine starts before its device is linked)', () => {
    const store = memoryStore();
    let linked = false;
    const clock = persistedClock(store, () => {
      if (!linked) throw new Error('not linked');
      return 'acct.3';
    });
    expect(clock.now()).toBeGreaterThan(0);
    linked = true;
    const result = clock.tick();
    expect(result.ok && result.timestamp.node).toBe('acct.3');
  });
});
