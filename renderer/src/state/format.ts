/** Small pure helpers for what screens show; no DOM, so unit tests run them under Node. */

/** Whole seconds until `deadline`, never negative. */
export function secondsUntil(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** A device name the host accepts: 1 to 50 characters after trimming. */
export function normalizeDeviceName(input: string): string | undefined {
  const name = input.trim();
  return name.length >= 1 && name.length <= 50 ? name : undefined;
}

/** Time of day for today's messages, else the date (in the user's locale). */
export function formatMessageTime(at: number, now: number, locale?: string): string {
  const date = new Date(at);
  const today = new Date(now);
  const sameDay =
    date.getFullYear() === today.getFullYear() && date.getMonth() === today.getMonth() && date.getDate() === today.getDate();
  return sameDay
    ? date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
}

/** Unread badges stop counting where a number stops helping. */
export function unreadBadge(count: number): string | undefined {
  if (count <= 0) return undefined;
  return count > 99 ? '99+' : String(count);
}

/** Account ids are long; a list shows their start, like a fingerprint. */
export function shortTitle(title: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(title) ? `${title.slice(0, 8)}…` : title;
}

/** Initials for an avatar: the first letter (or digit) of the title. */
export function initialOf(title: string): string {
  const match = /[\p{L}\p{N}]/u.exec(title);
  return (match?.[0] ?? '?').toUpperCase();
}

/** Enter sends; Shift+Enter (or an IME composition) inserts a line break instead. */
export function isSendKey(event: { readonly key: string; readonly shiftKey: boolean; readonly isComposing: boolean }): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing;
}
