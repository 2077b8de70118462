import { describe, expect, it } from 'vitest';
import type { Presence } from '../../../../../shared/domain/console/presence';
import { emptyBoard, expirePresence, hearPresence, heartbeatMs, nextExpiry, presenceSchema } from '../../../../../shared/domain/console/presence';

const presence = (seat: string, at: number, change: Partial<Presence> = {}): Presence => ({ seat, availability: 'online', viewing: null, typing: null, at, ...change });

describe('the presence board', () => {
  it('holds what each seat said last, and says when a seat arrives and when what it shows changed', () => {
    const first = hearPresence(emptyBoard, presence('seat-a', 100), 2, 1_000);
    expect(first).toMatchObject({ changed: true, arrived: true });
    // A heartbeat that says the same again changes nothing a viewer shows, only when it was heard.
    const again = hearPresence(first.board, presence('seat-a', 200), 2, 5_000);
    expect(again).toMatchObject({ changed: false, arrived: false });
    expect(again.board.get('seat-a')?.lastSeenAt).toBe(5_000);
    const typing = hearPresence(again.board, presence('seat-a', 300, { typing: { customer: 'c-1', kind: 'note' } }), 2, 6_000);
    expect(typing.changed).toBe(true);
    expect(typing.board.get('seat-a')?.typing).toEqual({ customer: 'c-1', kind: 'note' });
  });

  it('ignores an announcement older than the one it holds, and forgets a seat that says offline', () => {
    const { board } = hearPresence(emptyBoard, presence('seat-a', 300, { availability: 'busy' }), 2, 1_000);
    const stale = hearPresence(board, presence('seat-a', 200), 2, 1_100);
    expect(stale.changed).toBe(false);
    expect(stale.board.get('seat-a')?.availability).toBe('busy');
    const gone = hearPresence(board, presence('seat-a', 400, { availability: 'offline' }), 2, 1_200);
    expect(gone).toMatchObject({ changed: true });
    expect(gone.board.has('seat-a')).toBe(false);
  });

  it('expires a seat not heard from within the timeout, and no earlier', () => {
    let board = hearPresence(emptyBoard, presence('seat-a', 1), 2, 1_000).board;
    board = hearPresence(board, presence('seat-b', 1), 3, 4_000).board;
    expect(nextExpiry(board, 10_000)).toBe(11_000);
    expect(expirePresence(board, 10_999, 10_000).expired).toEqual([]);
    const expired = expirePresence(board, 11_000, 10_000);
    expect(expired.expired).toEqual(['seat-a']);
    expect([...expired.board.keys()]).toEqual(['seat-b']);
    expect(nextExpiry(expired.board, 10_000)).toBe(14_000);
    expect(nextExpiry(emptyBoard, 10_000)).toBeUndefined();
  });

  it('beats several times per timeout, never more often than four times a second nor less than every 15 s', () => {
    expect(heartbeatMs(60_000)).toBe(15_000);
    expect(heartbeatMs(4_000)).toBe(1_000);
    expect(heartbeatMs(600_000)).toBe(15_000);
    expect(heartbeatMs(100)).toBe(250);
  });

  it('refuses on the wire what is outside the schema', () => {
    expect(presenceSchema.safeParse(presence('seat-a', 1)).success).toBe(true);
    expect(presenceSchema.safeParse({ ...presence('seat-a', 1), availability: 'away' }).success).toBe(false);
    expect(presenceSchema.safeParse({ ...presence('seat-a', 1), extra: true }).success).toBe(false);
    expect(presenceSchema.safeParse({ ...presence('seat-a', 1), typing: { customer: 'c', kind: 'draft' } }).success).toBe(false);
  });
});
