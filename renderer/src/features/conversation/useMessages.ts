import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageAnchor, MessagePage, MessageView } from '../../../../shared/ipc/chats';
import type { MessageWindow, PageDirection } from './timeline';
import { anchorMessageId, emptyWindow, mergePage, needsOlderContext, removeMessages, upsertMessages } from './timeline';
import { useApi } from '../../ipc';
import { failureText } from '../../i18n/failure';

const pageSize = 50;

/** Where the list should scroll after the window changed by a jump. */
export type ScrollRequest =
  | { readonly kind: 'first-unread'; readonly seq: number }
  | { readonly kind: 'latest'; readonly seq: number }
  | { readonly kind: 'message'; readonly messageId: string; readonly seq: number };

export interface ConversationMessages {
  readonly window: MessageWindow;
  /** True until the first page arrives. */
  readonly loading: boolean;
  readonly loadingOlder: boolean;
  readonly loadingNewer: boolean;
  readonly error: string | undefined;
  readonly scrollRequest: ScrollRequest | undefined;
  readonly loadOlder: () => void;
  readonly loadNewer: () => void;
  readonly jumpToLatest: () => void;
  /** Loads the window around a message (a quote, a search hit) and scrolls to it. */
  readonly jumpToMessage: (messageId: string) => void;
  /** Shows a message the host returned (sent, edited, reacted) without waiting for the event. */
  readonly applyLocal: (message: MessageView) => void;
  readonly removeLocal: (messageId: string) => void;
}

/**
 * One conversation's messages as a window of pages: opened at the first unread message
 * (or at `initialMessageId`), extended older/newer on scroll, and kept current from
 * `onDidChangeMessages` by re-reading the changed stretch.
 */
export function useMessages(conversationId: string, initialMessageId?: string): ConversationMessages {
  const { chats } = useApi();
  const [window, setWindow] = useState<MessageWindow>(emptyWindow);
  const [loading, setLoading] = useState(true);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [loadingNewer, setLoadingNewer] = useState(false);
  const [error, setError] = useState<string>();
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest>();
  // Handlers read the latest window without re-subscribing on every change.
  const current = useRef(window);
  current.current = window;
  const generation = useRef(0);
  const busy = useRef({ older: false, newer: false });
  const seq = useRef(0);

  const fetchPage = useCallback(
    async (anchor: MessageAnchor, direction: PageDirection, limit = pageSize): Promise<MessagePage | undefined> => {
      const started = generation.current;
      const page = await chats.listMessages(conversationId, anchor, limit);
      if (started !== generation.current) return undefined;
      setWindow((previous) => mergePage(previous, page, direction));
      return page;
    },
    [chats, conversationId],
  );

  const jump = useCallback(
    (anchor: MessageAnchor, request: (seq: number) => ScrollRequest) => {
      generation.current++;
      busy.current = { older: false, newer: false };
      setLoadingOlder(false);
      setLoadingNewer(false);
      const open = async (): Promise<boolean> => {
        const page = await fetchPage(anchor, 'replace');
        if (page === undefined) return false;
        const oldest = page.messages[0];
        if (oldest !== undefined && needsOlderContext(page, anchorMessageId(anchor, page))) {
          const started = generation.current;
          // Without it the window still works: the list asks again when the user scrolls up.
          await fetchPage({ kind: 'before', messageId: oldest.id }, 'older').catch(() => undefined);
          if (started !== generation.current) return false;
        }
        return true;
      };
      open().then(
        (opened) => {
          if (!opened) return;
          setLoading(false);
          setError(undefined);
          setScrollRequest(request(++seq.current));
        },
        (failure: unknown) => {
          setLoading(false);
          setError(failureText(failure));
        },
      );
    },
    [fetchPage],
  );

  useEffect(() => {
    setWindow(emptyWindow);
    setLoading(true);
    setError(undefined);
    if (initialMessageId === undefined) {
      jump({ kind: 'first-unread' }, (next) => ({ kind: 'first-unread', seq: next }));
    } else {
      jump({ kind: 'around', messageId: initialMessageId }, (next) => ({ kind: 'message', messageId: initialMessageId, seq: next }));
    }
    return () => {
      generation.current++;
    };
  }, [jump, initialMessageId]);

  const loadOlder = useCallback(() => {
    const oldest = current.current.messages[0];
    if (busy.current.older || !current.current.hasOlder || oldest === undefined) return;
    busy.current.older = true;
    setLoadingOlder(true);
    const started = generation.current;
    fetchPage({ kind: 'before', messageId: oldest.id }, 'older')
      .catch((failure: unknown) => {
        setError(failureText(failure));
      })
      .finally(() => {
        if (started !== generation.current) return;
        busy.current.older = false;
        setLoadingOlder(false);
      });
  }, [fetchPage]);

  const loadNewer = useCallback(() => {
    const newest = current.current.messages.at(-1);
    if (busy.current.newer || !current.current.hasNewer || newest === undefined) return;
    busy.current.newer = true;
    setLoadingNewer(true);
    const started = generation.current;
    fetchPage({ kind: 'after', messageId: newest.id }, 'newer')
      .catch((failure: unknown) => {
        setError(failureText(failure));
      })
      .finally(() => {
        if (started !== generation.current) return;
        busy.current.newer = false;
        setLoadingNewer(false);
      });
  }, [fetchPage]);

  const jumpToLatest = useCallback(() => {
    if (!current.current.hasNewer) {
      setScrollRequest({ kind: 'latest', seq: ++seq.current });
      return;
    }
    jump({ kind: 'latest' }, (next) => ({ kind: 'latest', seq: next }));
  }, [jump]);

  const jumpToMessage = useCallback(
    (messageId: string) => {
      if (current.current.messages.some((message) => message.id === messageId)) {
        setScrollRequest({ kind: 'message', messageId, seq: ++seq.current });
        return;
      }
      jump({ kind: 'around', messageId }, (next) => ({ kind: 'message', messageId, seq: next }));
    },
    [jump],
  );

  // Re-read from just before the oldest changed message to the end of what is loaded,
  // so edits, reactions, receipts, deletions and new arrivals all land in one read.
  useEffect(() => {
    let pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = (ids: ReadonlySet<string>): void => {
      const shown = current.current;
      const indexes = [...ids].map((id) => shown.messages.findIndex((message) => message.id === id)).filter((index) => index >= 0);
      const hasUnknown = indexes.length < ids.size;
      if (indexes.length === 0 && (shown.hasNewer || !hasUnknown)) return;
      const from = indexes.length === 0 ? shown.messages.length : Math.min(...indexes);
      const before = shown.messages[from - 1];
      const span = shown.messages.length - from + ids.size + 10;
      const limit = Math.min(500, Math.max(pageSize, span));
      const started = generation.current;
      const anchor: MessageAnchor = before === undefined ? { kind: 'latest' } : { kind: 'after', messageId: before.id };
      chats.listMessages(conversationId, anchor, limit).then(
        (page) => {
          if (started !== generation.current) return;
          setWindow((previous) => {
            const returned = new Set<string>(page.messages.map((message) => message.id));
            const newestReturned = page.messages.at(-1);
            const startIndex = before === undefined ? 0 : previous.messages.findIndex((message) => message.id === before.id) + 1;
            // Messages in the re-read stretch that did not come back were deleted for this device.
            const gone = new Set(
              previous.messages
                .slice(startIndex)
                .filter((message) => !returned.has(message.id))
                .filter((message) => !page.hasNewer || (newestReturned !== undefined && message.sentAt <= newestReturned.sentAt))
                .map((message) => message.id),
            );
            const hasOlder = before === undefined ? page.hasOlder : previous.hasOlder;
            return {
              ...previous,
              hasOlder,
              hasNewer: previous.hasNewer && page.hasNewer,
              messages: upsertMessages(removeMessages(previous.messages, gone), page.messages),
            };
          });
        },
        () => {
          // A message named in the anchor may have just been deleted: start over at the end.
          if (started === generation.current && !current.current.hasNewer) jump({ kind: 'latest' }, (next) => ({ kind: 'latest', seq: next }));
        },
      );
    };
    const dispose = chats.onDidChangeMessages((change) => {
      if (change.conversationId !== conversationId) return;
      for (const id of change.messageIds) pending.add(id);
      // Bursts (a receipt per device, a history import) become one read.
      timer ??= setTimeout(() => {
        timer = undefined;
        const ids = pending;
        pending = new Set();
        refresh(ids);
      }, 60);
    });
    return () => {
      dispose();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [chats, conversationId, jump]);

  const applyLocal = useCallback((message: MessageView) => {
    setWindow((previous) => {
      const known = previous.messages.some((shown) => shown.id === message.id);
      // A new message belongs at the end only when the window reaches the end.
      if (!known && previous.hasNewer) return previous;
      return { ...previous, messages: upsertMessages(previous.messages, [message]) };
    });
  }, []);

  const removeLocal = useCallback((messageId: string) => {
    setWindow((previous) => ({ ...previous, messages: removeMessages(previous.messages, new Set([messageId])) }));
  }, []);

  return { window, loading, loadingOlder, loadingNewer, error, scrollRequest, loadOlder, loadNewer, jumpToLatest, jumpToMessage, applyLocal, removeLocal };
}
