import { describe, expect, it } from 'vitest';
import type { MessagePage, MessageView } from '../../../../../shared/ipc/chats';
import {
  anchorMessageId,
  buildTimeline,
  dayLabel,
  emptyWindow,
  lastEditableMessage,
  mergePage,
  needsOlderContext,
  openingContextMessages,
  upsertMessages,
} from '../../../../../renderer/src/features/conversation/timeline';
import { messageView } from '../../../../support/message-view';

const day = 24 * 60 * 60 * 1000;
const noon = new Date(2026, 10, 20, 12, 0, 0).getTime();

function message(id: string, sentAt: number, change: Partial<MessageView> = {}): MessageView {
  return messageView({ id, conversationId: 'c', direction: 'incoming', body: id, sentAt, receivedAt: sentAt, status: 'received', ...change });
}

function page(messages: Array<MessageView>, change: Partial<MessagePage> = {}): MessagePage {
  return { messages, hasOlder: false, hasNewer: false, firstUnreadMessageId: null, unread: 0, ...change };
}

describe('the message timeline', () => {
  it('puts a day separator before each new day and the unread marker before the first unread', () => {
    const rows = buildTimeline([message('a', noon - day), message('b', noon), message('c', noon + 60_000)], 'c');
    expect(rows.map((row) => row.kind)).toEqual(['day', 'message', 'day', 'message', 'unread', 'message']);
    const marker = rows.find((row) => row.kind === 'unread');
    expect(marker?.kind === 'unread' ? marker.count : -1).toBe(1);
  });

  it('groups bubbles from the same side within minutes, not across an event or a marker', () => {
    const rows = buildTimeline([message('a', noon), message('b', noon + 60_000), message('c', noon + 60 * 60_000)], null);
    const grouped = rows.flatMap((row) => (row.kind === 'message' ? [row.groupedWithPrevious] : []));
    expect(grouped).toEqual([false, true, false]);
  });

  it('labels days as Today, Yesterday, a weekday, or a date', () => {
    expect(dayLabel(noon, noon + 60_000).kind).toBe('today');
    expect(dayLabel(noon - day, noon).kind).toBe('yesterday');
    const older = dayLabel(noon - 30 * day, noon, 'en-GB');
    expect(older.kind).toBe('date');
  });

  it('merges older and newer pages at their ends and replaces the window on a jump', () => {
    const first = mergePage(emptyWindow, page([message('m3', 3), message('m4', 4)], { hasOlder: true, firstUnreadMessageId: 'm4' }), 'replace');
    const older = mergePage(first, page([message('m1', 1), message('m2', 2)], { hasOlder: false, hasNewer: true }), 'older');
    expect(older.messages.map((each) => each.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(older.hasOlder).toBe(false);
    // An older page says nothing about the newer end.
    expect(older.hasNewer).toBe(false);
    expect(older.firstUnreadMessageId).toBe('m4');
    const jumped = mergePage(older, page([message('m9', 9)]), 'replace');
    expect(jumped.messages.map((each) => each.id)).toEqual(['m9']);
  });

  it('replaces a changed message in place without duplicating it', () => {
    const merged = upsertMessages([message('a', 1), message('b', 2)], [message('a', 1, { body: 'edited', editedAt: 5 }), message('c', 3)]);
    expect(merged.map((each) => `${each.id}:${each.body ?? ''}`)).toEqual(['a:edited', 'b:b', 'c:c']);
  });

  it('finds the newest own text message for Up-arrow editing, skipping deleted and incoming ones', () => {
    const messages = [
      message('mine', 1, { direction: 'outgoing', status: 'read' }),
      message('deleted', 2, { direction: 'outgoing', status: 'read', deletedForEveryone: true, body: null }),
      message('theirs', 3),
    ];
    expect(lastEditableMessage(messages)?.id).toBe('mine');
    expect(lastEditableMessage([message('theirs', 3)])).toBeUndefined();
  });

  it('opens at the first unread with only a few older messages: one older page is wanted before showing it', () => {
    // What the host answers for first-unread in a long chat: five older messages, the unread ones after.
    const messages = Array.from({ length: 8 }, (_, index) => message(`m${String(index)}`, index));
    const opened = page(messages, { hasOlder: true, firstUnreadMessageId: 'm5' });
    const anchor = anchorMessageId({ kind: 'first-unread' }, opened);
    expect(anchor).toBe('m5');
    expect(needsOlderContext(opened, anchor)).toBe(true);
  });

  it('wants no older page when the chat has none, or enough sit above the anchor already', () => {
    const short = page([message('a', 1), message('b', 2)], { hasOlder: false, firstUnreadMessageId: 'b' });
    expect(needsOlderContext(short, 'b')).toBe(false);
    const messages = Array.from({ length: openingContextMessages + 3 }, (_, index) => message(`m${String(index)}`, index));
    const last = messages.at(-1)?.id ?? '';
    const latest = page(messages, { hasOlder: true });
    expect(anchorMessageId({ kind: 'latest' }, latest)).toBe(last);
    expect(needsOlderContext(latest, last)).toBe(false);
    expect(needsOlderContext(page([], { hasOlder: true }), null)).toBe(false);
  });

  it('wants an older page around a message near the top of its page, and when the anchor is not in it', () => {
    const messages = Array.from({ length: 30 }, (_, index) => message(`m${String(index)}`, index));
    const around = page(messages, { hasOlder: true });
    expect(anchorMessageId({ kind: 'around', messageId: 'm2' }, around)).toBe('m2');
    expect(needsOlderContext(around, 'm2')).toBe(true);
    expect(needsOlderContext(around, 'm25')).toBe(false);
    // All read: no marker, so the whole page counts as context.
    expect(needsOlderContext(page(messages.slice(0, 4), { hasOlder: true }), null)).toBe(true);
  });
});

describe('notes in the timeline', () => {
  it('places notes among the messages by time, and keeps those outside the loaded stretch for later', () => {
    const note = (id: string, at: number) => ({ id, at, author: 'Agent A', text: id, mentionsMe: false });
    const messages = [message('a', noon), message('b', noon + 60_000)];
    const rows = buildTimeline(messages, null, [note('between', noon + 30_000), note('after', noon + 120_000), note('before', noon - 60_000)]);
    expect(rows.map((row) => row.key)).toEqual([expect.stringMatching(/^day-/), 'note-before', 'a', 'note-between', 'b', 'note-after']);
    // The message after a note starts a new run of bubbles.
    expect(rows.find((row) => row.key === 'b')).toMatchObject({ groupedWithPrevious: false });
    const partial = buildTimeline(messages, null, [note('before', noon - 60_000), note('after', noon + 120_000)], { hasOlder: true, hasNewer: true });
    expect(partial.map((row) => row.key)).toEqual([expect.stringMatching(/^day-/), 'a', 'b']);
  });
});
