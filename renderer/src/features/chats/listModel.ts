/** The chat list as pure data: ordering, incremental changes, filters, previews. No DOM. */
import type { ConversationListChange, ConversationSummary, MessageKindView, MessagePreview } from '../../../../shared/ipc/chats';
import { isMuted } from '../../state/mute';

/** Pinned first, then most recent activity, then by name so the order is stable. */
export function compareConversations(a: ConversationSummary, b: ConversationSummary): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  const byTime = (b.lastMessageAt ?? -1) - (a.lastMessageAt ?? -1);
  if (byTime !== 0) return byTime;
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Applies one `onDidChangeConversations` event without refetching the list. */
export function applyConversationChange(
  list: ReadonlyArray<ConversationSummary>,
  change: ConversationListChange,
): ReadonlyArray<ConversationSummary> {
  if (change.upserted.length === 0 && change.removedIds.length === 0) return list;
  const byId = new Map(list.map((conversation) => [conversation.id, conversation]));
  for (const id of change.removedIds) byId.delete(id);
  for (const conversation of change.upserted) byId.set(conversation.id, conversation);
  return [...byId.values()].sort(compareConversations);
}

/** What the list shows for the archive toggle and the name filter. */
export function visibleConversations(
  list: ReadonlyArray<ConversationSummary>,
  options: { readonly archived: boolean; readonly filter: string },
): ReadonlyArray<ConversationSummary> {
  const needle = options.filter.trim().toLocaleLowerCase();
  return list.filter(
    (conversation) =>
      conversation.archived === options.archived &&
      (needle === '' ||
        conversation.title.toLocaleLowerCase().includes(needle) ||
        (conversation.handle?.toLocaleLowerCase().includes(needle) ?? false)),
  );
}

export function archivedCount(list: ReadonlyArray<ConversationSummary>): number {
  return list.filter((conversation) => conversation.archived).length;
}

/** Unread messages waiting in archived chats that are not muted, for the "Archived" entry's badge. */
export function archivedUnread(list: ReadonlyArray<ConversationSummary>, now: number): number {
  return list.reduce((total, conversation) => total + (conversation.archived && !isMuted(conversation, now) ? conversation.unread : 0), 0);
}

export type PreviewPrefix = 'draft' | 'you' | 'none';

export type PreviewEvent = Exclude<MessageKindView, 'text'>;

/**
 * The second line of a list row: a draft wins over the last message. An event (a
 * safety-number change, a verification) is named by its kind, never prefixed with
 * "You:" (its own words may already say "You marked…"; issue 10, item 16).
 */
export function previewOf(conversation: ConversationSummary): {
  readonly prefix: PreviewPrefix;
  /** The draft or the last message, as data (the row words it); null for an event or an empty chat. */
  readonly preview: MessagePreview | null;
  readonly event: PreviewEvent | undefined;
} {
  if (conversation.draft !== null && conversation.draft.trim() !== '') {
    return { prefix: 'draft', preview: { kind: 'text', text: oneLine(conversation.draft) }, event: undefined };
  }
  const kind = conversation.lastMessageKind;
  if (kind !== null && kind !== 'text') return { prefix: 'none', preview: null, event: kind };
  const last = conversation.lastMessagePreview;
  const preview = last?.kind === 'text' ? { kind: 'text' as const, text: oneLine(last.text) } : last;
  const empty = preview === null || (preview.kind === 'text' && preview.text === '');
  return { prefix: conversation.lastMessageDirection === 'outgoing' && !empty ? 'you' : 'none', preview, event: undefined };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Avatar colours are CSS classes (no inline styles under the CSP); the id picks one, stably. */
export const avatarColorCount = 8;
export function avatarColorIndex(id: string): number {
  let hash = 0;
  for (let index = 0; index < id.length; index++) hash = (hash * 31 + id.charCodeAt(index)) >>> 0;
  return hash % avatarColorCount;
}

/** Up to two initials: "Ada Lovelace" → "AL", "bob" → "B". */
export function initialsOf(title: string): string {
  const words = title
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  if (words.length === 0) return '?';
  const first = words[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}
