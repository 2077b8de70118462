/**
 * Pure helpers for the panels over the chats (shortcuts, jump to chat, badges, safety
 * numbers, avatars). No DOM and no React, so unit tests run them under Node.
 */
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import { isMuted } from '../../state/mute';

export type ShortcutAction = 'jump' | 'search' | 'new-chat' | 'settings' | 'shortcuts';

/** The global shortcuts, Ctrl on Linux and Windows, Cmd on macOS (either is accepted). */
export function shortcutFor(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}): ShortcutAction | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  // Shift changes `key` on some layouts ("?" for "/"), so both spellings count.
  switch (event.key.toLowerCase()) {
    case 'k':
      return event.shiftKey ? undefined : 'jump';
    case 'f':
      return event.shiftKey ? undefined : 'search';
    case 'n':
      return event.shiftKey ? undefined : 'new-chat';
    case ',':
      return 'settings';
    case '/':
    case '?':
      return 'shortcuts';
    default:
      return undefined;
  }
}

/** Lower case without accents, so "zoe" finds "Zoë". */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Conversations whose title or handle contains the query: names that start with it
 * first, then the rest, each in list order (most recent first). An empty query keeps all.
 */
export function filterConversations(
  conversations: ReadonlyArray<ConversationSummary>,
  query: string,
): ReadonlyArray<ConversationSummary> {
  const needle = foldForMatch(query.trim().replace(/^@/, ''));
  if (needle === '') return conversations;
  const starts: Array<ConversationSummary> = [];
  const contains: Array<ConversationSummary> = [];
  for (const conversation of conversations) {
    const title = foldForMatch(conversation.title);
    const handle = foldForMatch(conversation.handle ?? '').replace(/^@/, '');
    const words = title.split(/\s+/);
    if (words.some((word) => word.startsWith(needle)) || handle.startsWith(needle)) starts.push(conversation);
    else if (title.includes(needle) || handle.includes(needle)) contains.push(conversation);
  }
  return [...starts, ...contains];
}

/** Moves a highlighted row by `delta`, wrapping around; -1 when the list is empty. */
export function moveIndex(current: number, delta: number, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : length - 1;
  return (((current + delta) % length) + length) % length;
}

/** Unread messages across chats that are not muted: what the title and the dock badge count. */
export function totalUnread(conversations: ReadonlyArray<ConversationSummary>, now: number): number {
  let total = 0;
  for (const conversation of conversations) {
    if (!isMuted(conversation, now) && !conversation.archived) total += conversation.unread;
  }
  return total;
}

/** "(3) Parley", or just the name when nothing is unread. */
export function titleWithUnread(appName: string, unread: number): string {
  if (unread <= 0) return appName;
  return `(${unread > 99 ? '99+' : String(unread)}) ${appName}`;
}

/** A handle as typed, without the "@" people add and without spaces around it. */
export function normalizeHandleInput(input: string): string {
  return input.trim().replace(/^@+/, '').trim();
}

/** Only digits, for comparing a pasted safety number ("12345 67890 …", with dashes or line breaks). */
export function digitsOnly(input: string): string {
  return input.replace(/\D/g, '');
}

/** The largest centred square of an image, to crop an avatar from. */
export function centredSquare(width: number, height: number): { readonly x: number; readonly y: number; readonly size: number } {
  const size = Math.min(width, height);
  return { x: Math.floor((width - size) / 2), y: Math.floor((height - size) / 2), size };
}

/**
 * Whether the page shows a notification the host asked for: the user wants them, the
 * browser allows them, and the chat is not already in front of the user.
 */
export function shouldNotify(input: {
  readonly enabled: boolean;
  readonly permission: 'default' | 'denied' | 'granted';
  readonly windowFocused: boolean;
  readonly visibleConversationId: string | undefined;
  readonly conversationId: string;
}): boolean {
  if (!input.enabled || input.permission !== 'granted') return false;
  return !(input.windowFocused && input.conversationId === input.visibleConversationId);
}
