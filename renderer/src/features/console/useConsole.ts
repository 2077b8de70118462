/**
 * The console's reads from the host: who this desktop is in its business, a view's
 * rows (paged as the list scrolls), and one conversation's console state. Each re-reads
 * when the host says the console changed; a slow answer never overwrites a newer one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ConsoleConversation, ConsoleInfo, ConsolePage, ConsolePresence, ConsoleQuery, ConsoleRefused, ConsoleRow, ConsoleView } from '../../../../shared/ipc/console';
import { useApi } from '../../ipc';
import { failureText } from '../../i18n/failure';

/** Rows asked for at a time; the list asks for the next page as it nears the end. */
export const pageSize = 100;

/**
 * A value read from the host, read again whenever `subscribe` says it changed; undefined
 * until the first answer. A slow answer never overwrites a newer one; a failed read keeps
 * what was shown. `read` undefined: nothing is read (and the value is undefined).
 */
function useHostValue<T>(read: (() => Promise<T>) | undefined, subscribe: (listener: () => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    setValue(undefined);
    if (read === undefined) return undefined;
    let current = true;
    let asked = 0;
    const again = (): void => {
      const ask = ++asked;
      read().then(
        (next) => {
          if (current && ask === asked) setValue(next);
        },
        () => undefined,
      );
    };
    again();
    const dispose = subscribe(again);
    return () => {
      current = false;
      dispose();
    };
  }, [read, subscribe]);
  return value;
}

export function useConsoleInfo(): ConsoleInfo | undefined {
  const api = useApi();
  const read = useCallback(() => api.console.info(), [api]);
  return useHostValue(read, api.console.onDidChange);
}

export interface ConsoleRows {
  readonly rows: ReadonlyArray<ConsoleRow> | undefined;
  readonly counts: Readonly<Record<ConsoleView, number>> | undefined;
  readonly labels: ReadonlyArray<string>;
  readonly error: string | undefined;
  /** The list scrolled near its end: read the next page when there may be one. */
  readonly loadMore: () => void;
}

export function useConsoleRows(query: Omit<ConsoleQuery, 'offset' | 'limit'>): ConsoleRows {
  const api = useApi();
  const [pages, setPages] = useState<ReadonlyArray<ConsolePage>>();
  const [error, setError] = useState<string>();
  const loaded = useRef(1);
  const asked = useRef(0);
  const { view, sort, status, priority, label, assignee } = query;

  // Every loaded page again, at once: a change may move a row from one page to another.
  const read = useCallback(() => {
    const ask = ++asked.current;
    const count = loaded.current;
    Promise.all(
      Array.from({ length: count }, (_, index) => api.console.list({ view, sort, status, priority, label, assignee, offset: index * pageSize, limit: pageSize })),
    ).then(
      (next) => {
        if (ask !== asked.current) return;
        setPages(next);
        setError(undefined);
      },
      (failure: unknown) => {
        if (ask === asked.current) setError(failureText(failure));
      },
    );
  }, [api, view, sort, status, priority, label, assignee]);

  useEffect(() => {
    loaded.current = 1;
    read();
    return api.console.onDidChange(read);
  }, [api, read]);

  const loadMore = useCallback(() => {
    if (pages === undefined || pages.length < loaded.current || (pages.at(-1)?.rows.length ?? 0) < pageSize) return;
    loaded.current += 1;
    read();
  }, [pages, read]);

  const last = pages?.at(-1);
  return { rows: pages?.flatMap((page) => page.rows), counts: last?.counts, labels: last?.labels ?? [], error, loadMore };
}

export function useConsoleConversation(conversationId: string | undefined): ConsoleConversation | undefined {
  const api = useApi();
  const read = useMemo(() => (conversationId === undefined ? undefined : () => api.console.conversation(conversationId)), [api, conversationId]);
  return useHostValue(read, api.console.onDidChange);
}

/** Where every seat is now; re-read when the host hears a change. */
export function useConsolePresence(): ConsolePresence {
  const api = useApi();
  const read = useCallback(() => api.console.presence(), [api]);
  return useHostValue(read, api.console.onDidChangePresence) ?? noPresence;
}

const noPresence: ConsolePresence = [];

/** How long after the last keystroke this desktop says it stopped typing. */
const typingIdleMs = 5_000;

/**
 * Tells the other desktops that this one types a reply or a note here: at the first
 * keystroke, again after a while of typing, and "stopped" once idle or gone.
 */
export function useTypingAnnouncer(conversationId: string): (kind: 'reply' | 'note' | null) => void {
  const api = useApi();
  const state = useRef<{ kind: 'reply' | 'note' | null; since: number; idle: ReturnType<typeof setTimeout> | undefined }>({ kind: null, since: 0, idle: undefined });
  useEffect(
    () => () => {
      const current = state.current;
      if (current.idle !== undefined) clearTimeout(current.idle);
      if (current.kind !== null) api.console.typing(conversationId, null).catch(() => undefined);
    },
    [api, conversationId],
  );
  return useCallback(
    (kind) => {
      const current = state.current;
      if (current.idle !== undefined) clearTimeout(current.idle);
      current.idle = undefined;
      const now = Date.now();
      if (kind !== current.kind || (kind !== null && now - current.since > typingIdleMs)) {
        current.kind = kind;
        current.since = now;
        api.console.typing(conversationId, kind).catch(() => undefined);
      }
      if (kind !== null) {
        current.idle = setTimeout(() => {
          current.kind = null;
          current.idle = undefined;
          api.console.typing(conversationId, null).catch(() => undefined);
        }, typingIdleMs);
      }
    },
    [api, conversationId],
  );
}

/** Admins: the refused changes, re-read when the console changes. */
export function useConsoleRefused(enabled: boolean): ConsoleRefused {
  const api = useApi();
  const read = useMemo(() => (enabled ? () => api.console.refused() : undefined), [api, enabled]);
  return useHostValue(read, api.console.onDidChange) ?? noRefusals;
}

const noRefusals: ConsoleRefused = [];

/**
 * Desktop notifications for what concerns this agent (assigned to it, a mention, a new
 * unassigned conversation), through the Notifications API as the chats' notifications.
 * None for the conversation on screen while the window has the user's attention.
 */
export function useConsoleNotifications(options: {
  readonly info: ConsoleInfo;
  readonly openId: string | undefined;
  readonly onOpen: (conversationId: string) => void;
  readonly words: (notice: { readonly kind: 'assigned' | 'mentioned' | 'unassigned'; readonly title: string; readonly by: string | null }) => string;
}): void {
  const api = useApi();
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (!('Notification' in window)) return undefined;
    return api.console.onDidNotify((notice) => {
      const current = latest.current;
      if (Notification.permission !== 'granted') return;
      if (document.hasFocus() && current.openId === notice.conversationId) return;
      const notification = new Notification(current.words(notice), { tag: `console:${notice.kind}:${notice.conversationId}` });
      notification.addEventListener('click', () => {
        window.focus();
        latest.current.onOpen(notice.conversationId);
        notification.close();
      });
    });
  }, [api]);
}
