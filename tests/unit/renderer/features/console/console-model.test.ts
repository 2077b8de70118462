import { describe, expect, it } from 'vitest';
import type { ConsoleSeat } from '../../../../../shared/ipc/console';
import {
  afterResolving,
  consoleKeyAction,
  insertMention,
  mentionCandidates,
  mentionedSeats,
  mentionQuery,
  neighbour,
  snoozeUntil,
} from '../../../../../renderer/src/features/console/consoleModel';

const key = (value: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

const seat = (seatId: string, name: string, active = true): ConsoleSeat => ({ seatId, name, role: 'agent', deviceId: 2, active });
const roster = [seat('s-a', 'Agent A'), seat('s-b', 'Agent B'), seat('s-ab', 'Agent B Jr'), seat('s-x', 'Removed', false)];

describe('console keys', () => {
  it('maps mail-client letters outside text fields, and Ctrl/⌘+K anywhere', () => {
    expect(consoleKeyAction(key('j'), false)).toBe('next');
    expect(consoleKeyAction(key('k'), false)).toBe('previous');
    expect(consoleKeyAction(key('E', { shiftKey: true }), false)).toBe('resolve-next');
    expect(consoleKeyAction(key('e'), false)).toBe('resolve');
    expect(consoleKeyAction(key('j'), true)).toBeUndefined();
    expect(consoleKeyAction(key('k', { ctrlKey: true }), true)).toBe('palette');
    expect(consoleKeyAction(key('k', { metaKey: true }), false)).toBe('palette');
    expect(consoleKeyAction(key('j', { altKey: true }), false)).toBeUndefined();
    expect(consoleKeyAction(key('x'), false)).toBeUndefined();
  });

  it('moves through a view and lands after resolving on the next row, else the previous', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbour(ids, undefined, 1)).toBe('a');
    expect(neighbour(ids, undefined, -1)).toBe('c');
    expect(neighbour(ids, 'b', 1)).toBe('c');
    expect(neighbour(ids, 'c', 1)).toBe('c');
    expect(neighbour(ids, 'gone', 1)).toBe('a');
    expect(neighbour([], 'a', 1)).toBeUndefined();
    expect(afterResolving(ids, 'b')).toBe('c');
    expect(afterResolving(ids, 'c')).toBe('b');
    expect(afterResolving(['a'], 'a')).toBeUndefined();
  });
});

describe('snoozing', () => {
  it('ends in an hour, tomorrow at 9:00, next Monday at 9:00, or at the customer’s reply', () => {
    const wednesday = new Date(2026, 11, 2, 15, 30).getTime();
    expect(snoozeUntil('hour', wednesday)).toBe(wednesday + 3_600_000);
    expect(new Date(snoozeUntil('tomorrow', wednesday) ?? 0)).toEqual(new Date(2026, 11, 3, 9, 0));
    expect(new Date(snoozeUntil('week', wednesday) ?? 0)).toEqual(new Date(2026, 11, 7, 9, 0));
    const monday = new Date(2026, 11, 7, 8, 0).getTime();
    expect(new Date(snoozeUntil('week', monday) ?? 0)).toEqual(new Date(2026, 11, 14, 9, 0));
    expect(snoozeUntil('reply', wednesday)).toBeNull();
  });
});

describe('@mentions', () => {
  it('finds the query at the caret, offers active agents but this one, and inserts the name', () => {
    const text = 'Please check @Age';
    const mention = mentionQuery(text, text.length);
    expect(mention).toEqual({ start: 13, query: 'Age' });
    expect(mentionQuery('email me@example', 16)).toBeUndefined();
    expect(mentionCandidates(roster, 'age', 's-a').map((entry) => entry.name)).toEqual(['Agent B', 'Agent B Jr']);
    if (mention === undefined) throw new Error('no mention');
    expect(insertMention(`${text} today`, mention, 'Agent B')).toEqual({ text: 'Please check @Agent B  today', caret: 22 });
  });

  it('names the seats whose @Name a note contains, the longest name first, inactive ones never', () => {
    expect(mentionedSeats('@Agent B Jr and @Agent A', roster)).toEqual(['s-ab', 's-a']);
    expect(mentionedSeats('@Agent B, please', roster)).toEqual(['s-b']);
    expect(mentionedSeats('@Removed', roster)).toEqual([]);
  });
});
