import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HlcTimestamp } from '../../../../shared/domain/hlc';
import { compareHlc, decodeHlc, encodeHlc, hlcReceive, hlcStart, hlcTick, maxHlcDriftMs } from '../../../../shared/domain/hlc';

const wall = fc.integer({ min: 0, max: 253_402_300_799_999 });
const node = fc.string({ minLength: 1, maxLength: 40 });
const timestamp = fc.record({ wall, counter: fc.integer({ min: 0, max: 1_000 }), node });

function ok(result: ReturnType<typeof hlcTick>): HlcTimestamp {
  if (!result.ok) throw new Error(result.problem);
  return result.timestamp;
}

describe('the hybrid logical clock', () => {
  it('never goes backwards on a device, whatever its wall clock does', () => {
    fc.assert(
      fc.property(node, fc.array(wall, { minLength: 1, maxLength: 200 }), (id, nows) => {
        let last = hlcStart(id);
        for (const now of nows) {
          const next = ok(hlcTick(last, now));
          expect(compareHlc(next, last)).toBe(1);
          expect(next.wall).toBeGreaterThanOrEqual(now);
          last = next;
        }
      }),
    );
  });

  it('orders a received event after both the sender’s and the receiver’s', () => {
    fc.assert(
      fc.property(timestamp, timestamp, wall, (local, remote, now) => {
        fc.pre(remote.wall <= now + maxHlcDriftMs);
        const merged = ok(hlcReceive(local, remote, now));
        expect(compareHlc(merged, local)).toBe(1);
        expect(compareHlc({ ...merged, node: remote.node }, remote)).toBe(1);
        expect(merged.node).toBe(local.node);
      }),
    );
  });

  it('refuses a timestamp from too far ahead, and values that are not timestamps', () => {
    const local = hlcStart('a');
    expect(hlcReceive(local, { wall: 1_000 + maxHlcDriftMs + 1, counter: 0, node: 'b' }, 1_000)).toEqual({ ok: false, problem: 'drift' });
    expect(hlcReceive(local, { wall: 2 ** 60, counter: 0, node: 'b' }, 1_000)).toEqual({ ok: false, problem: 'invalid' });
    expect(hlcReceive(local, { wall: 5, counter: -1, node: 'b' }, 1_000)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('says so instead of wrapping when one millisecond holds too many events', () => {
    let last = ok(hlcTick(hlcStart('a'), 10));
    for (let index = 0; index < 0xffff; index++) last = ok(hlcTick(last, 10));
    expect(hlcTick(last, 10)).toEqual({ ok: false, problem: 'counter-overflow' });
    expect(ok(hlcTick(last, 11))).toEqual({ wall: 11, counter: 0, node: 'a' });
  });

  it('encodes to strings that sort as the timestamps do, and back', () => {
    fc.assert(
      fc.property(timestamp, timestamp, (a, b) => {
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
        const byString = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        // Node ids never contain '-' in practice; with one, only the node part may sort differently.
        if (a.wall !== b.wall || a.counter !== b.counter) expect(byString).toBe(compareHlc(a, b));
      }),
    );
    expect(decodeHlc('12-3-x')).toBeUndefined();
  });
});
