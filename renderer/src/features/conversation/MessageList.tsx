/**
 * The virtualised message log. Rows have measured heights; the list opens at the
 * "new messages" marker (or the end), loads older pages at the top without moving what
 * the user reads, newer pages at the bottom, sticks to the end while the user is there,
 * and offers "Jump to latest" with a count when scrolled up. Messages take focus with
 * Tab and arrow keys and have keys for their actions.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageView } from '../../../../shared/ipc/chats';
import type { ScrollRequest } from './useMessages';
import { Icon } from '../../ui/Icons';
import type { MessageHandlers } from './MessageItem';
import { MessageItem } from './MessageItem';
import type { MessageKeyAction } from './messageKeys';
import { messageKeyAction } from './messageKeys';
import type { MessageWindow, TimelineNote, TimelineRow } from './timeline';
import { buildTimeline, dayLabel } from './timeline';
import { formatMessageTime } from '../../state/format';

const nearEdgePx = 400;
const bottomSlackPx = 48;

export function MessageList(props: {
  readonly window: MessageWindow;
  readonly label: string;
  readonly contactTitle: string;
  readonly loading: boolean;
  readonly loadingOlder: boolean;
  readonly scrollRequest: ScrollRequest | undefined;
  readonly handlers: MessageHandlers;
  readonly onLoadOlder: () => void;
  readonly onLoadNewer: () => void;
  readonly onJumpToLatest: () => void;
  readonly onKeyAction: (message: MessageView, action: MessageKeyAction, element: HTMLElement) => void;
  /** Whether the newest message is on screen (the view marks the chat read). */
  readonly onAtLatestChange: (atLatest: boolean) => void;
  /** Private notes among the messages (console mode). */
  readonly notes?: ReadonlyArray<TimelineNote> | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { window: messages } = props;
  const { notes } = props;
  const rows = useMemo(
    () => buildTimeline(messages.messages, messages.firstUnreadMessageId, notes, messages),
    [messages, notes],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const [highlightId, setHighlightId] = useState<string>();
  const [focusedId, setFocusedId] = useState<string>();
  // The newest message the user has seen at the bottom, to count what arrived since.
  const [seenId, setSeenId] = useState<string>();
  const prependAnchor = useRef<{ key: string; offset: number } | undefined>(undefined);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimate(rows[index]),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();

  const scrollToEnd = useCallback(() => {
    const element = scroller.current;
    if (element !== null) element.scrollTop = element.scrollHeight;
  }, []);

  // Height of the sized inner box, set from script (the CSP allows no style attributes).
  useLayoutEffect(() => {
    if (inner.current !== null) inner.current.style.height = `${String(totalSize)}px`;
    if (stick.current && !messages.hasNewer) scrollToEnd();
  }, [totalSize, messages.hasNewer, scrollToEnd]);

  // Older messages were prepended: put the row the user was reading back where it was.
  useLayoutEffect(() => {
    const anchor = prependAnchor.current;
    if (anchor === undefined) return;
    const index = rows.findIndex((row) => row.key === anchor.key);
    if (index <= 0) return;
    const start = virtualizer.measurementsCache[index]?.start;
    if (start === undefined) return;
    prependAnchor.current = undefined;
    if (scroller.current !== null) scroller.current.scrollTop = start - anchor.offset;
  }, [rows, virtualizer]);

  // Jumps: first unread, latest, a quoted message or a search hit.
  const lastRequest = useRef<number>(-1);
  useLayoutEffect(() => {
    const request = props.scrollRequest;
    if (request === undefined || request.seq === lastRequest.current || rows.length === 0) return;
    lastRequest.current = request.seq;
    const newest = messages.messages.at(-1);
    switch (request.kind) {
      case 'first-unread': {
        const marker = rows.findIndex((row) => row.kind === 'unread');
        if (marker >= 0) {
          stick.current = false;
          virtualizer.scrollToIndex(marker, { align: 'start' });
        } else {
          stick.current = true;
          scrollToEnd();
        }
        setFocusedId(newest?.id);
        break;
      }
      case 'latest':
        stick.current = true;
        scrollToEnd();
        setFocusedId(newest?.id);
        break;
      case 'message': {
        const index = rows.findIndex((row) => row.key === request.messageId);
        if (index >= 0) {
          stick.current = false;
          virtualizer.scrollToIndex(index, { align: 'center' });
          setHighlightId(request.messageId);
          setFocusedId(request.messageId);
        }
        break;
      }
    }
  }, [props.scrollRequest, rows, messages.messages, virtualizer, scrollToEnd]);

  useEffect(() => {
    if (highlightId === undefined) return undefined;
    const timer = setTimeout(() => {
      setHighlightId(undefined);
    }, 2_500);
    return () => {
      clearTimeout(timer);
    };
  }, [highlightId]);

  const newest = messages.messages.at(-1);
  const atLatest = atBottom && !messages.hasNewer;
  const { onAtLatestChange } = props;
  useEffect(() => {
    onAtLatestChange(atLatest);
    if (atLatest && newest !== undefined) setSeenId(newest.id);
  }, [atLatest, newest, onAtLatestChange]);

  const newCount = useMemo(() => {
    if (atLatest || seenId === undefined) return 0;
    const index = messages.messages.findIndex((message) => message.id === seenId);
    if (index < 0) return 0;
    return messages.messages.slice(index + 1).filter((message) => message.direction === 'incoming').length;
  }, [atLatest, seenId, messages.messages]);

  const { onLoadOlder, onLoadNewer } = props;
  // Remembers the message at the top so it stays put when the older page lands above it
  // (a message: the day separator above it may be the same row key before and after).
  const loadOlderKeepingPlace = (element: HTMLDivElement): void => {
    const first = items.find((item) => item.end > element.scrollTop && rows[item.index]?.kind === 'message');
    if (first !== undefined) prependAnchor.current = { key: String(first.key), offset: first.start - element.scrollTop };
    onLoadOlder();
  };
  const onScroll = (): void => {
    const element = scroller.current;
    if (element === null) return;
    const distanceToEnd = element.scrollHeight - element.scrollTop - element.clientHeight;
    const bottom = distanceToEnd < bottomSlackPx;
    stick.current = bottom && !messages.hasNewer;
    setAtBottom(bottom);
    if (element.scrollTop < nearEdgePx && messages.hasOlder && !props.loadingOlder) loadOlderKeepingPlace(element);
    if (distanceToEnd < nearEdgePx && messages.hasNewer) onLoadNewer();
  };

  // A window shorter than the log cannot scroll, so no scroll event would ever ask for
  // the older messages: ask now, until it overflows or there are none.
  const canLoadOlder = messages.hasOlder && !props.loading && !props.loadingOlder && rows.length > 0;
  useLayoutEffect(() => {
    const element = scroller.current;
    // A log with no height (not laid out) would never overflow: it must not pull the whole history in.
    if (element === null || !canLoadOlder || element.clientHeight === 0 || element.scrollHeight > element.clientHeight) return;
    loadOlderKeepingPlace(element);
  });

  const focusMessage = (index: number, step: number): void => {
    for (let next = index + step; next >= 0 && next < rows.length; next += step) {
      const row = rows[next];
      if (row?.kind !== 'message') continue;
      setFocusedId(row.key);
      virtualizer.scrollToIndex(next, { align: 'auto' });
      requestAnimationFrame(() => {
        scroller.current?.querySelector<HTMLElement>(`[data-message-id="${row.key}"]`)?.focus();
      });
      return;
    }
  };

  const focusable = focusedId !== undefined && messages.messages.some((message) => message.id === focusedId) ? focusedId : newest?.id;

  return (
    <div className="message-list-wrap">
      <div
        ref={scroller}
        className="message-scroller"
        role="log"
        aria-label={props.label}
        aria-busy={props.loading}
        onScroll={onScroll}
        onKeyDown={(event) => {
          const target = event.target as HTMLElement;
          const messageId = target.dataset['messageId'];
          if (messageId === undefined) return;
          const index = rows.findIndex((row) => row.key === messageId);
          const row = rows[index];
          if (row?.kind !== 'message') return;
          if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
            event.preventDefault();
            focusMessage(index, event.key === 'ArrowUp' ? -1 : 1);
            return;
          }
          if (event.key === 'Home' || event.key === 'End') {
            event.preventDefault();
            focusMessage(event.key === 'Home' ? -1 : rows.length, event.key === 'Home' ? 1 : -1);
            return;
          }
          const action = messageKeyAction(event);
          if (action === undefined) return;
          event.preventDefault();
          props.onKeyAction(row.message, action, target);
        }}
      >
        {props.loadingOlder && <p className="log-note older">{t('conversation.log.loadingOlder')}</p>}
        {!props.loading && rows.length === 0 && <p className="log-note empty">{t('conversation.log.empty')}</p>}
        <div ref={inner} className="message-rows">
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <Row key={item.key} index={item.index} start={item.start} measure={virtualizer.measureElement}>
                {row.kind === 'day' && (
                  <div className="day-separator" role="separator">
                    <span>{dayText(row.at, t)}</span>
                  </div>
                )}
                {row.kind === 'unread' && (
                  <div className="unread-marker" role="separator">
                    <span>{t('conversation.log.newMessages')}</span>
                  </div>
                )}
                {row.kind === 'note' && (
                  <div className={`note-row${row.note.mentionsMe ? ' mentions-me' : ''}`} data-note-id={row.note.id}>
                    <div className="note-bubble">
                      <p className="note-meta">
                        <Icon name="lock" />
                        <span>{t('console.note.meta', { author: row.note.author })}</span>
                        <time dateTime={new Date(row.note.at).toISOString()}>{formatMessageTime(row.note.at, Date.now())}</time>
                      </p>
                      <p className="note-text">{row.note.text}</p>
                    </div>
                  </div>
                )}
                {row.kind === 'message' && (
                  <div
                    className="message-focus"
                    data-message-id={row.message.id}
                    tabIndex={row.message.id === focusable ? 0 : -1}
                    aria-keyshortcuts="R E Delete C I J Enter"
                    onFocus={(event) => {
                      if (event.target === event.currentTarget) setFocusedId(row.message.id);
                    }}
                    onContextMenu={(event) => {
                      if ((event.target as Element).closest('a, input')) return;
                      event.preventDefault();
                      props.handlers.onOpenMenu(row.message, { x: event.clientX, y: event.clientY }, event.currentTarget);
                    }}
                  >
                    <MessageItem
                      message={row.message}
                      contactTitle={props.contactTitle}
                      groupedWithPrevious={row.groupedWithPrevious}
                      highlighted={row.message.id === highlightId}
                      handlers={props.handlers}
                    />
                  </div>
                )}
              </Row>
            );
          })}
        </div>
      </div>
      {(!atBottom || messages.hasNewer) && rows.length > 0 && (
        <button
          type="button"
          className="jump-latest"
          aria-label={newCount > 0 ? t('conversation.log.jumpToLatestWithCount', { count: newCount }) : t('conversation.log.jumpToLatest')}
          title={t('conversation.log.jumpToLatest')}
          onClick={() => {
            stick.current = true;
            props.onJumpToLatest();
          }}
        >
          <Icon name="down" />
          {newCount > 0 && <span className="jump-count">{newCount > 99 ? '99+' : newCount}</span>}
        </button>
      )}
    </div>
  );
}

function Row(props: {
  readonly index: number;
  readonly start: number;
  readonly measure: (element: Element | null) => void;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  const { measure } = props;
  useLayoutEffect(() => {
    if (element.current !== null) element.current.style.transform = `translateY(${String(props.start)}px)`;
  }, [props.start]);
  useLayoutEffect(() => {
    measure(element.current);
  }, [measure]);
  return (
    <div ref={element} className="message-row" data-index={props.index}>
      {props.children}
    </div>
  );
}

function estimate(row: TimelineRow | undefined): number {
  if (row === undefined) return 60;
  switch (row.kind) {
    case 'day':
    case 'unread':
      return 44;
    case 'note':
      return 64 + Math.ceil(row.note.text.length / 60) * 20;
    case 'message': {
      const attachments = row.message.attachments.length;
      const lines = Math.ceil((row.message.body?.length ?? 0) / 60) || 1;
      return 40 + lines * 20 + attachments * 200 + (row.message.reactions.length > 0 ? 28 : 0) + (row.message.quote === null ? 0 : 52);
    }
  }
}

function dayText(at: number, t: (key: 'conversation.log.today' | 'conversation.log.yesterday') => string): string {
  const label = dayLabel(at, Date.now());
  switch (label.kind) {
    case 'today':
      return t('conversation.log.today');
    case 'yesterday':
      return t('conversation.log.yesterday');
    case 'date':
      return label.text;
  }
}
