import { describe, expect, it } from 'vitest';
import { chooseAssignee, electAssigner, needsAssignee } from '../../../../../shared/domain/console/assignment';

const seats = (...open: Array<number>) => open.map((count, index) => ({ seat: `seat-${String.fromCharCode(97 + index)}`, open: count }));

describe('automatic assignment', () => {
  it('elects the lowest seat id present as the one assigner, whatever order the seats were heard in', () => {
    expect(electAssigner(['seat-c', 'seat-a', 'seat-b'])).toBe('seat-a');
    expect(electAssigner(new Set(['seat-b', 'seat-c']))).toBe('seat-b');
    expect(electAssigner([])).toBeUndefined();
  });

  it('gives an open conversation someone when it has nobody or its assignee is not present; a present (even busy) assignee keeps it', () => {
    const present = new Set(['seat-a', 'seat-b']);
    expect(needsAssignee(null, present)).toBe('unassigned');
    expect(needsAssignee('seat-c', present)).toBe('away');
    expect(needsAssignee('seat-a', present)).toBeUndefined();
  });

  it('takes turns round-robin after the last seat that got one, wrapping, and spreads twenty conversations evenly over three', () => {
    const candidates = seats(0, 0, 0);
    expect(chooseAssignee('round-robin', candidates, 0, null)).toBe('seat-a');
    expect(chooseAssignee('round-robin', candidates, 0, 'seat-a')).toBe('seat-b');
    expect(chooseAssignee('round-robin', candidates, 0, 'seat-c')).toBe('seat-a');
    // The last one went to a seat that is no longer a candidate: the next seat id after it.
    expect(chooseAssignee('round-robin', seats(0, 0, 0).filter((c) => c.seat !== 'seat-b'), 0, 'seat-b')).toBe('seat-c');
    const counts = new Map<string, number>();
    let last: string | null = null;
    for (let i = 0; i < 20; i++) {
      last = chooseAssignee('round-robin', candidates, 0, last) ?? null;
      if (last !== null) counts.set(last, (counts.get(last) ?? 0) + 1);
    }
    expect([...counts.values()].sort()).toEqual([6, 7, 7]);
  });

  it('skips seats at the cap, and gives nobody anything when all are full', () => {
    expect(chooseAssignee('round-robin', seats(2, 1, 2), 2, 'seat-c')).toBe('seat-b');
    expect(chooseAssignee('fewest-open', seats(2, 2), 2, null)).toBeUndefined();
    expect(chooseAssignee('round-robin', seats(200, 300), 0, null)).toBe('seat-a');
  });

  it('gives fewest-open the least loaded seat, ties broken in turn order so equal loads rotate', () => {
    expect(chooseAssignee('fewest-open', seats(3, 1, 2), 0, null)).toBe('seat-b');
    expect(chooseAssignee('fewest-open', seats(1, 1, 1), 0, null)).toBe('seat-a');
    expect(chooseAssignee('fewest-open', seats(1, 1, 1), 0, 'seat-a')).toBe('seat-b');
    expect(chooseAssignee('fewest-open', seats(1, 1, 1), 0, 'seat-c')).toBe('seat-a');
  });
});
