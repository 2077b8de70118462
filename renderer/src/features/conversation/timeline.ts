/**
 * One conversation's loaded messages as pure data: pages merged into one ordered
 * window, and the rows the list draws (day separators, the "new messages" marker).
 */
import type { MessageAnchor, MessagePage, MessageView } from '../../../../shared/ipc/chats';

export interface MessageWindow {
  /** Oldest first, no duplicates. */
  readonly messages: ReadonlyArray<MessageView>;
  readonly hasOlder: boolean;
  readonly hasNewer: boolean;
  /** Fixed when the conversation opened, so the marker stays put while the user reads. */
  readonly firstUnreadMessageId: string | null;
}

export const emptyWindow: MessageWindow = { messages: [], hasOlder: false, hasNewer: false, firstUnreadMessageId: null };

/** Same order as the host pages: by sent time, then arrival. */
export function compareMessages(a: MessageView, b: MessageView): number {
  return a.sentAt - b.sentAt || a.receivedAt - b.receivedAt || a.id.localeCompare(b.id);
}

/** Replaces or adds messages by id and keeps the window ordered. */
export function upsertMessages(
  messages: ReadonlyArray<MessageView>,
  incoming: ReadonlyArray<MessageView>,
): ReadonlyArray<MessageView> {
  if (incoming.length === 0) return messages;
  const byId = new Map(messages.map((message) => [message.id, message]));
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort(compareMessages);
}

export function removeMessages(messages: ReadonlyArray<MessageView>, ids: ReadonlySet<string>): ReadonlyArray<MessageView> {
  return messages.filter((message) => !ids.has(message.id));
}

export type PageDirection = 'replace' | 'older' | 'newer';

/**
 * Merges a page into the window. `replace` (a jump: latest, first unread, around a
 * message) starts a new window; `older` and `newer` extend it at one end, and only
 * that end's `has…` flag comes from the page.
 */
export function mergePage(window: MessageWindow, page: MessagePage, direction: PageDirection): MessageWindow {
  switch (direction) {
    case 'replace':
      return {
        messages: upsertMessages([], page.messages),
        hasOlder: page.hasOlder,
        hasNewer: page.hasNewer,
        firstUnreadMessageId: page.firstUnreadMessageId,
      };
    case 'older':
      return { ...window, messages: upsertMessages(window.messages, page.messages), hasOlder: page.hasOlder };
    case 'newer':
      return { ...window, messages: upsertMessages(window.messages, page.messages), hasNewer: page.hasNewer };
  }
}

/**
 * How many loaded messages a freshly opened window wants above its anchor. The host's
 * first-unread page brings only a handful of older ones (issue 10, item 8): too few to
 * overflow the log, so the user could not scroll up to page in the rest.
 */
export const openingContextMessages = 20;

/** The message a jump opened the window at: the first unread one, or the one asked for. */
export function anchorMessageId(anchor: MessageAnchor, page: MessagePage): string | null {
  switch (anchor.kind) {
    case 'first-unread':
      return page.firstUnreadMessageId;
    case 'around':
    case 'before':
    case 'after':
      return anchor.messageId;
    case 'latest':
      return page.messages.at(-1)?.id ?? null;
  }
}

/**
 * Whether a window opened with this page should load one older page before it is
 * shown: older messages exist, but fewer than `openingContextMessages` sit above the
 * anchor.
 */
export function needsOlderContext(page: MessagePage, anchorId: string | null): boolean {
  if (!page.hasOlder || page.messages.length === 0) return false;
  const index = anchorId === null ? -1 : page.messages.findIndex((message) => message.id === anchorId);
  const above = index < 0 ? page.messages.length : index;
  return above < openingContextMessages;
}

/**
 * A private note shown in the thread (console mode): written by an agent, seen only by
 * the business's devices. Placed among the messages by its time.
 */
export interface TimelineNote {
  readonly id: string;
  readonly at: number;
  readonly author: string;
  readonly text: string;
  readonly mentionsMe: boolean;
}

export type TimelineRow =
  | { readonly kind: 'day'; readonly key: string; readonly at: number }
  | { readonly kind: 'unread'; readonly key: string; readonly count: number }
  | { readonly kind: 'message'; readonly key: string; readonly message: MessageView; readonly groupedWithPrevious: boolean }
  | { readonly kind: 'note'; readonly key: string; readonly note: TimelineNote };

function dayKey(at: number): string {
  const date = new Date(at);
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1)}-${String(date.getDate())}`;
}

/** Bubbles from the same side within a few minutes read as one run. */
const groupGapMs = 3 * 60 * 1000;

/**
 * The rows of the message list: a day separator before each new day, the unread marker
 * before the first unread, and notes among the messages by time. A note outside the
 * loaded stretch (older than its first message while older ones exist, newer than its
 * last while newer ones exist) waits until that stretch is loaded.
 */
export function buildTimeline(
  messages: ReadonlyArray<MessageView>,
  firstUnreadMessageId: string | null,
  notes: ReadonlyArray<TimelineNote> = [],
  bounds: { readonly hasOlder: boolean; readonly hasNewer: boolean } = { hasOlder: false, hasNewer: false },
): ReadonlyArray<TimelineRow> {
  const rows: Array<TimelineRow> = [];
  let previousDay: string | undefined;
  let previous: MessageView | undefined;
  const unreadIndex = firstUnreadMessageId === null ? -1 : messages.findIndex((message) => message.id === firstUnreadMessageId);
  const from = bounds.hasOlder ? (messages[0]?.sentAt ?? Infinity) : -Infinity;
  const to = bounds.hasNewer ? (messages.at(-1)?.sentAt ?? -Infinity) : Infinity;
  const shown = notes.filter((note) => note.at >= from && note.at <= to).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  let next = 0;
  const dayOf = (at: number): boolean => {
    const day = dayKey(at);
    if (day === previousDay) return false;
    rows.push({ kind: 'day', key: `day-${day}`, at });
    previousDay = day;
    return true;
  };
  const notesUntil = (at: number): boolean => {
    let any = false;
    for (; next < shown.length && (shown[next]?.at ?? Infinity) < at; next++) {
      const note = shown[next];
      if (note === undefined) break;
      dayOf(note.at);
      rows.push({ kind: 'note', key: `note-${note.id}`, note });
      any = true;
    }
    return any;
  };
  messages.forEach((message, index) => {
    let separated = notesUntil(message.sentAt);
    if (dayOf(message.sentAt)) separated = true;
    if (index === unreadIndex) {
      const count = messages.slice(index).filter((later) => later.direction === 'incoming' && later.kind === 'text').length;
      rows.push({ kind: 'unread', key: 'unread-marker', count });
      separated = true;
    }
    const groupedWithPrevious =
      !separated &&
      previous?.kind === 'text' &&
      message.kind === 'text' &&
      previous.direction === message.direction &&
      message.sentAt - previous.sentAt < groupGapMs;
    rows.push({ kind: 'message', key: message.id, message, groupedWithPrevious });
    previous = message;
  });
  notesUntil(Infinity);
  return rows;
}

export type DayLabel = { readonly kind: 'today' } | { readonly kind: 'yesterday' } | { readonly kind: 'date'; readonly text: string };

/** "Today", "Yesterday", a weekday within the week, else the date (with the year when not this year). */
export function dayLabel(at: number, now: number, locale?: string): DayLabel {
  const day = new Date(at);
  const today = new Date(now);
  const startOf = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOf(today) - startOf(day)) / (24 * 60 * 60 * 1000));
  if (days === 0) return { kind: 'today' };
  if (days === 1) return { kind: 'yesterday' };
  if (days > 1 && days < 7) return { kind: 'date', text: day.toLocaleDateString(locale, { weekday: 'long' }) };
  const sameYear = day.getFullYear() === today.getFullYear();
  return {
    kind: 'date',
    text: day.toLocaleDateString(locale, sameYear ? { weekday: 'short', day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

/** The user's newest own text message that can still be edited (Up arrow in an empty composer). */
export function lastEditableMessage(messages: ReadonlyArray<MessageView>): MessageView | undefined {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (message !== undefined && isEditable(message)) return message;
  }
  return undefined;
}

export function isEditable(message: MessageView): boolean {
  return (
    message.kind === 'text' &&
    message.direction === 'outgoing' &&
    !message.deletedForEveryone &&
    message.body !== null &&
    message.body !== '' &&
    message.status !== 'failed'
  );
}
