import { describe, expect, it } from 'vitest';
import { createClock } from '../../../../engine/kernel/clock';
import { every, ManualScheduler } from '../../../../engine/kernel/scheduler';
import { compareHlc } from '../../../../shared/domain/hlc';

describe('ManualScheduler', () => {
  it('runs due work in order of due time, including work scheduled on the way, and nothing cancelled', () => {
    const scheduler = new ManualScheduler();
    const ran: Array<string> = [];
    scheduler.after(300, () => ran.push('c'));
    scheduler.after(100, () => {
      ran.push('a');
      scheduler.after(50, () => ran.push('b'));
    });
    const cancel = scheduler.after(200, () => ran.push('never'));
    cancel();
    scheduler.advance(250);
    expect(ran).toEqual(['a', 'b']);
    expect(scheduler.now).toBe(250);
    scheduler.advance(50);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(scheduler.pending).toBe(0);
  });
});

describe('every', () => {
  it('repeats until cancelled, each run scheduled after the one before', () => {
    const scheduler = new ManualScheduler();
    let runs = 0;
    const cancel = every(scheduler, 100, () => runs++);
    scheduler.advance(350);
    expect(runs).toBe(3);
    cancel();
    scheduler.advance(1_000);
    expect(runs).toBe(3);
    expect(scheduler.pending).toBe(0);
  });
});

describe('the engine clock', () => {
  it('ticks forward while the wall clock stands still or goes back, and merges what another device saw', () => {
    let wall = 1_000;
    const clock = createClock('desktop-2', () => wall);
    const first = clock.tick();
    wall = 500;
    const second = clock.tick();
    if (!first.ok || !second.ok) throw new Error('tick refused');
    expect(compareHlc(second.timestamp, first.timestamp)).toBe(1);
    const merged = clock.observe({ wall: 1_200, counter: 4, node: 'phone-1' });
    expect(merged).toEqual({ ok: true, timestamp: { wall: 1_200, counter: 5, node: 'desktop-2' } });
    expect(clock.observe({ wall: 10 ** 12, counter: 0, node: 'liar' })).toEqual({ ok: false, problem: 'drift' });
  });
});
