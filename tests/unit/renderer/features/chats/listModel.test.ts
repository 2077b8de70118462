import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../../../shared/ipc/chats';
import {
  applyConversationChange,
  archivedUnread,
  avatarColorIndex,
  initialsOf,
  previewOf,
  visibleConversations,
} from '../../../../../renderer/src/features/chats/listModel';
import { isMuted, mutedUntilFor } from '../../../../../renderer/src/state/mute';
import { conversationSummary } from '../../../../support/conversation-summary';

function summary(id: string, change: Partial<ConversationSummary> = {}): ConversationSummary {
  return conversationSummary({
    id,
    title: `Contact ${id}`,
    lastMessagePreview: { kind: 'text', text: 'hello' },
    lastMessageAt: 1_000,
    lastMessageDirection: 'incoming',
    lastMessageKind: 'text',
    ...change,
  });
}

describe('the chat list model', () => {
  it('applies upserts and removals incrementally, pinned first, then newest', () => {
    const start = [summary('a', { lastMessageAt: 3 }), summary('b', { lastMessageAt: 2 }), summary('c', { lastMessageAt: 1 })];
    const next = applyConversationChange(start, {
      upserted: [summary('c', { lastMessageAt: 10 }), summary('d', { lastMessageAt: 0, pinned: true })],
      removedIds: ['b'],
    });
    expect(next.map((conversation) => conversation.id)).toEqual(['d', 'c', 'a']);
    // The input is not changed in place (React state).
    expect(start.map((conversation) => conversation.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps 5,000 chats ordered after a single change without resorting by hand', () => {
    const many = Array.from({ length: 5_000 }, (_, index) => summary(`id-${String(index)}`, { lastMessageAt: index }));
    const next = applyConversationChange(many, { upserted: [summary('id-0', { lastMessageAt: 99_999 })], removedIds: [] });
    expect(next).toHaveLength(5_000);
    expect(next[0]?.id).toBe('id-0');
  });

  it('filters by name or handle within the archived or the main view', () => {
    const list = [summary('a', { title: 'Ada Lovelace' }), summary('b', { title: 'Bob', handle: '@builder' }), summary('c', { title: 'Ada Archived', archived: true })];
    expect(visibleConversations(list, { archived: false, filter: 'ada' }).map((each) => each.id)).toEqual(['a']);
    expect(visibleConversations(list, { archived: false, filter: 'BUILD' }).map((each) => each.id)).toEqual(['b']);
    expect(visibleConversations(list, { archived: true, filter: '' }).map((each) => each.id)).toEqual(['c']);
  });

  it('previews a draft first, then "You:" for outgoing, on one line', () => {
    const text = (value: string) => ({ kind: 'text', text: value });
    expect(previewOf(summary('a', { draft: 'half\nwritten' }))).toEqual({ prefix: 'draft', preview: text('half written'), event: undefined });
    expect(previewOf(summary('a', { draft: '   ', lastMessageDirection: 'outgoing' }))).toEqual({ prefix: 'you', preview: text('hello'), event: undefined });
    expect(previewOf(summary('a'))).toEqual({ prefix: 'none', preview: text('hello'), event: undefined });
  });

  it('passes a deleted message or an attachment on as data, with "You:" when it was outgoing', () => {
    const photo = { kind: 'attachment', attachment: 'photo', fileName: 'cat.jpg' } as const;
    expect(previewOf(summary('a', { lastMessagePreview: photo, lastMessageDirection: 'outgoing' }))).toEqual({ prefix: 'you', preview: photo, event: undefined });
    expect(previewOf(summary('a', { lastMessagePreview: { kind: 'deleted' } }))).toEqual({ prefix: 'none', preview: { kind: 'deleted' }, event: undefined });
    expect(previewOf(summary('a', { lastMessagePreview: null, lastMessageDirection: 'outgoing' }))).toEqual({ prefix: 'none', preview: null, event: undefined });
  });

  it('previews an event row by its kind, never as "You: You marked…"', () => {
    const verified = summary('a', { lastMessageKind: 'verified-change', lastMessageDirection: 'outgoing', lastMessagePreview: null });
    expect(previewOf(verified)).toEqual({ prefix: 'none', preview: null, event: 'verified-change' });
    expect(previewOf(summary('a', { lastMessageKind: 'identity-change' })).event).toBe('identity-change');
    // A draft still comes first.
    expect(previewOf({ ...verified, draft: 'soon' })).toEqual({ prefix: 'draft', preview: { kind: 'text', text: 'soon' }, event: undefined });
  });

  it('counts the unread messages waiting in archived chats that are not muted', () => {
    const now = 1_000;
    const list = [
      summary('a', { archived: true, unread: 2 }),
      summary('b', { archived: true, unread: 5, mutedUntil: now + 1 }),
      summary('c', { archived: false, unread: 7 }),
      summary('d', { archived: true, unread: 1, mutedUntil: now - 1 }),
    ];
    expect(archivedUnread(list, now)).toBe(3);
    expect(archivedUnread([summary('e', { archived: true })], now)).toBe(0);
  });

  it('mutes for an hour, eight hours, a week or always', () => {
    const now = 1_000_000;
    expect(mutedUntilFor('hour', now)).toBe(now + 3_600_000);
    expect(mutedUntilFor('eightHours', now)).toBe(now + 8 * 3_600_000);
    expect(mutedUntilFor('week', now)).toBe(now + 7 * 24 * 3_600_000);
    expect(mutedUntilFor('always', now)).toBe(Number.MAX_SAFE_INTEGER);
    expect(isMuted(summary('a', { mutedUntil: now + 1 }), now)).toBe(true);
    expect(isMuted(summary('a', { mutedUntil: now - 1 }), now)).toBe(false);
  });

  it('draws initials and a stable avatar colour from the id', () => {
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('bob')).toBe('B');
    expect(initialsOf('  ')).toBe('?');
    expect(avatarColorIndex('same-id')).toBe(avatarColorIndex('same-id'));
    expect(avatarColorIndex('x')).toBeGreaterThanOrEqual(0);
    expect(avatarColorIndex('x')).toBeLessThan(8);
  });
});
