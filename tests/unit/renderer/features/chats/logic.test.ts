import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../../../shared/ipc/chats';
import {
  centredSquare,
  digitsOnly,
  filterConversations,
  foldForMatch,
  moveIndex,
  normalizeHandleInput,
  shortcutFor,
  shouldNotify,
  titleWithUnread,
  totalUnread,
} from '../../../../../renderer/src/features/chats/logic';
import { conversationSummary } from '../../../../support/conversation-summary';

function conversation(overrides: Partial<ConversationSummary> & Pick<ConversationSummary, 'title'>): ConversationSummary {
  return conversationSummary(overrides);
}

const key = (keyName: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: keyName,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('global shortcuts', () => {
  it('maps Ctrl or Cmd with K, F, N, comma and slash to their panels', () => {
    expect(shortcutFor(key('k', { ctrlKey: true }))).toBe('jump');
    expect(shortcutFor(key('K', { metaKey: true }))).toBe('jump');
    expect(shortcutFor(key('f', { ctrlKey: true }))).toBe('search');
    expect(shortcutFor(key('n', { metaKey: true }))).toBe('new-chat');
    expect(shortcutFor(key(',', { ctrlKey: true }))).toBe('settings');
    expect(shortcutFor(key('/', { ctrlKey: true }))).toBe('shortcuts');
    expect(shortcutFor(key('?', { ctrlKey: true, shiftKey: true }))).toBe('shortcuts');
  });

  it('leaves plain typing, Alt combinations and Ctrl+Shift variants to the page and the browser', () => {
    expect(shortcutFor(key('k'))).toBeUndefined();
    expect(shortcutFor(key('f', { shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(key('k', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(shortcutFor(key('n', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(key('c', { ctrlKey: true }))).toBeUndefined();
  });
});

describe('jump to chat', () => {
  const zoe = conversation({ title: 'Zoë Quinn', handle: 'zq' });
  const bob = conversation({ title: 'Bob Marsh', handle: 'bobby' });
  const anna = conversation({ title: 'Annabel', handle: 'bob_fan' });
  const all = [zoe, anna, bob];

  it('keeps every chat for an empty query', () => {
    expect(filterConversations(all, '  ')).toEqual(all);
  });

  it('finds names without caring for case or accents', () => {
    expect(foldForMatch('Zoë')).toBe('zoe');
    expect(filterConversations(all, 'ZOE')).toEqual([zoe]);
  });

  it('puts word and handle prefixes before matches inside a word, and accepts a leading @', () => {
    expect(filterConversations(all, 'bob')).toEqual([anna, bob]);
    expect(filterConversations(all, '@bobby')).toEqual([bob]);
    expect(filterConversations(all, 'arsh')).toEqual([bob]);
    expect(filterConversations(all, 'nobody')).toEqual([]);
  });

  it('moves the highlight with wrap-around and reports an empty list', () => {
    expect(moveIndex(0, 1, 3)).toBe(1);
    expect(moveIndex(2, 1, 3)).toBe(0);
    expect(moveIndex(0, -1, 3)).toBe(2);
    expect(moveIndex(-1, 1, 3)).toBe(0);
    expect(moveIndex(-1, -1, 3)).toBe(2);
    expect(moveIndex(0, 1, 0)).toBe(-1);
  });
});

describe('unread count in the title and badge', () => {
  const now = 1_000_000;
  it('counts unread messages of chats that are neither muted nor archived', () => {
    const list = [
      conversation({ title: 'a', unread: 2 }),
      conversation({ title: 'b', unread: 5, mutedUntil: now + 1 }),
      conversation({ title: 'c', unread: 1, mutedUntil: now - 1 }),
      conversation({ title: 'd', unread: 7, archived: true }),
      conversation({ title: 'e', unread: 4, mutedUntil: Number.MAX_SAFE_INTEGER }),
    ];
    expect(totalUnread(list, now)).toBe(3);
  });

  it('writes "(3) Parley", caps at 99+, and drops the count at zero', () => {
    expect(titleWithUnread('Parley', 3)).toBe('(3) Parley');
    expect(titleWithUnread('Parley', 120)).toBe('(99+) Parley');
    expect(titleWithUnread('Parley', 0)).toBe('Parley');
  });

});

describe('new chat and safety number input', () => {
  it('drops the @ and spaces people type around a handle', () => {
    expect(normalizeHandleInput('  @bob ')).toBe('bob');
    expect(normalizeHandleInput('@@bob')).toBe('bob');
    expect(normalizeHandleInput('   ')).toBe('');
  });

  it('keeps only the digits of a pasted safety number', () => {
    expect(digitsOnly('12345 67890\n-11111')).toBe('123456789011111');
  });
});

describe('avatars', () => {
  it('crops the centred square of landscape and portrait pictures', () => {
    expect(centredSquare(400, 300)).toEqual({ x: 50, y: 0, size: 300 });
    expect(centredSquare(300, 401)).toEqual({ x: 0, y: 50, size: 300 });
    expect(centredSquare(96, 96)).toEqual({ x: 0, y: 0, size: 96 });
  });
});

describe('browser notifications', () => {
  const base = { enabled: true, permission: 'granted', windowFocused: false, visibleConversationId: 'a', conversationId: 'a' } as const;
  it('notifies when wanted and allowed, unless that very chat is in front of the user', () => {
    expect(shouldNotify(base)).toBe(true);
    expect(shouldNotify({ ...base, windowFocused: true })).toBe(false);
    expect(shouldNotify({ ...base, windowFocused: true, conversationId: 'b' })).toBe(true);
  });

  it('stays quiet when turned off or not allowed by the browser', () => {
    expect(shouldNotify({ ...base, enabled: false })).toBe(false);
    expect(shouldNotify({ ...base, permission: 'default' })).toBe(false);
    expect(shouldNotify({ ...base, permission: 'denied' })).toBe(false);
  });
});
