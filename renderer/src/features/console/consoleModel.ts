/** The console's pure parts: keys, snooze times, @mentions, moving through a view. No DOM. */
import type { ConsoleSeat } from '../../../../shared/ipc/console';

export type ConsoleKeyAction = 'next' | 'previous' | 'resolve' | 'resolve-next' | 'reply' | 'note' | 'snooze' | 'assign-me' | 'palette' | 'help';

interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * What a key pressed outside a text field does. Single letters as in mail clients (J/K
 * move, E resolves, Shift+E resolves and moves on); Ctrl/⌘+K opens the palette anywhere.
 */
export function consoleKeyAction(event: KeyLike, inTextField: boolean): ConsoleKeyAction | undefined {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey && event.key.toLowerCase() === 'k') return 'palette';
  if (inTextField || command || event.altKey) return undefined;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'e':
      return 'resolve';
    case 'E':
      return 'resolve-next';
    case 'r':
      return 'reply';
    case 'n':
      return 'note';
    case 's':
      return 'snooze';
    case 'a':
      return 'assign-me';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

/** The keys each action is listed under in the shortcuts sheet. */
export const consoleShortcuts: ReadonlyArray<{ readonly action: ConsoleKeyAction; readonly keys: ReadonlyArray<string> }> = [
  { action: 'next', keys: ['J'] },
  { action: 'previous', keys: ['K'] },
  { action: 'resolve', keys: ['E'] },
  { action: 'resolve-next', keys: ['Shift', 'E'] },
  { action: 'reply', keys: ['R'] },
  { action: 'note', keys: ['N'] },
  { action: 'snooze', keys: ['S'] },
  { action: 'assign-me', keys: ['A'] },
  { action: 'palette', keys: ['Ctrl', 'K'] },
  { action: 'help', keys: ['?'] },
];

/** The conversation `step` rows away from `current` in the view (the first when none is open). */
export function neighbour(ids: ReadonlyArray<string>, current: string | undefined, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const index = current === undefined ? -1 : ids.indexOf(current);
  if (index < 0) return step === 1 ? ids[0] : ids.at(-1);
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}

/** Where "resolve and go to next" lands: the next row, else the previous, else none. */
export function afterResolving(ids: ReadonlyArray<string>, current: string): string | undefined {
  const index = ids.indexOf(current);
  if (index < 0) return ids[0];
  return ids[index + 1] ?? ids[index - 1];
}

export type SnoozeChoice = 'hour' | 'tomorrow' | 'week' | 'reply';

/** When a snooze choice ends (ms), local time: in an hour, 9:00 tomorrow, 9:00 next Monday; null until a reply. */
export function snoozeUntil(choice: SnoozeChoice, now: number): number | null {
  const date = new Date(now);
  switch (choice) {
    case 'hour':
      return now + 60 * 60 * 1000;
    case 'tomorrow':
      date.setDate(date.getDate() + 1);
      date.setHours(9, 0, 0, 0);
      return date.getTime();
    case 'week': {
      const days = ((8 - date.getDay()) % 7) || 7;
      date.setDate(date.getDate() + days);
      date.setHours(9, 0, 0, 0);
      return date.getTime();
    }
    case 'reply':
      return null;
  }
}

/** The word being typed after an `@` at the caret, if any: what the mention list filters by. */
export function mentionQuery(text: string, caret: number): { readonly start: number; readonly query: string } | undefined {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([\p{L}\p{N}_ .-]{0,40})$/u.exec(before);
  if (match === null) return undefined;
  const query = match[2] ?? '';
  // A space ends the query unless the text so far still begins a name (names have spaces).
  return { start: before.length - query.length - 1, query };
}

/** Agents whose name starts with the query (case-insensitive), this seat excluded. */
export function mentionCandidates(roster: ReadonlyArray<ConsoleSeat>, query: string, mySeatId: string | undefined): Array<ConsoleSeat> {
  const wanted = query.trim().toLocaleLowerCase();
  return roster.filter((seat) => seat.active && seat.seatId !== mySeatId && seat.name.toLocaleLowerCase().startsWith(wanted)).slice(0, 8);
}

/** The text with the `@query` at `start` replaced by `@Name `, and the caret after it. */
export function insertMention(text: string, mention: { readonly start: number; readonly query: string }, name: string): { readonly text: string; readonly caret: number } {
  const inserted = `@${name} `;
  const end = mention.start + 1 + mention.query.length;
  return { text: text.slice(0, mention.start) + inserted + text.slice(end), caret: mention.start + inserted.length };
}

/** The seats a note mentions: every active agent whose `@Name` appears in it, longest names first. */
export function mentionedSeats(text: string, roster: ReadonlyArray<ConsoleSeat>): Array<string> {
  const found: Array<string> = [];
  let rest = text;
  for (const seat of [...roster].filter((entry) => entry.active).sort((a, b) => b.name.length - a.name.length)) {
    const token = `@${seat.name}`;
    if (rest.includes(token)) {
      found.push(seat.seatId);
      rest = rest.split(token).join(' ');
    }
  }
  return found;
}
