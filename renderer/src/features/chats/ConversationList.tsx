/**
 * The chat list: filter, archive toggle, and a virtualised list (thousands of chats
 * scroll smoothly) whose rows have a menu (pin, archive, mute, mark read) from a
 * button, the context menu key or a right click.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icons';
import { failureText } from '../../i18n/failure';
import type { MenuItem, MenuPosition } from '../../ui/Menu';
import { Menu, positionBelow } from '../../ui/Menu';
import type { MuteChoice } from '../../state/mute';
import { isMuted, muteChoices, mutedUntilFor } from '../../state/mute';
import { archivedCount, archivedUnread, previewOf, visibleConversations } from './listModel';
import { previewText } from '../../i18n/preview';
import { useApi } from '../../ipc';
import { formatMessageTime, shortTitle, unreadBadge } from '../../state/format';

const rowHeight = 72;

export function ConversationList(props: {
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  readonly error: string | undefined;
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onNewChat: () => void;
  readonly onOpenSettings: () => void;
}): React.JSX.Element {
  const { chats } = useApi();
  const { t } = useTranslation();
  const [archived, setArchived] = useState(false);
  const [filter, setFilter] = useState('');
  const [menu, setMenu] = useState<{ conversation: ConversationSummary; position: MenuPosition; opener: HTMLElement | null }>();
  const [actionError, setActionError] = useState<string>();
  const all = props.conversations ?? [];
  const shown = useMemo(() => visibleConversations(all, { archived, filter }), [all, archived, filter]);
  const archivedTotal = useMemo(() => archivedCount(all), [all]);
  const archivedUnreadTotal = useMemo(() => archivedUnread(all, Date.now()), [all]);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => shown[index]?.id ?? index,
    overscan: 8,
  });
  const totalSize = virtualizer.getTotalSize();
  useEffect(() => {
    if (list.current !== null) list.current.style.height = `${String(totalSize)}px`;
  }, [totalSize]);

  const act = useCallback(
    (work: Promise<unknown>) => {
      work.then(
        () => {
          setActionError(undefined);
        },
        (failure: unknown) => {
          setActionError(t('conversation.list.actionFailed', { reason: failureText(failure) }));
        },
      );
    },
    [t],
  );

  const menuItems = (conversation: ConversationSummary): ReadonlyArray<MenuItem> => {
    const now = Date.now();
    const items: Array<MenuItem> = [
      {
        id: 'pin',
        label: conversation.pinned ? t('conversation.list.unpin') : t('conversation.list.pin'),
        onSelect: () => {
          act(chats.setPinned(conversation.id, !conversation.pinned));
        },
      },
      {
        id: 'archive',
        label: conversation.archived ? t('conversation.list.unarchive') : t('conversation.list.archive'),
        onSelect: () => {
          act(chats.setArchived(conversation.id, !conversation.archived));
        },
      },
    ];
    if (isMuted(conversation, now)) {
      items.push({
        id: 'unmute',
        label: t('conversation.list.unmute'),
        onSelect: () => {
          act(chats.setMutedUntil(conversation.id, null));
        },
      });
    } else {
      items.push(
        ...muteChoices.map((choice: MuteChoice) => ({
          id: `mute-${choice}`,
          label: t(`conversation.list.mute.${choice}`),
          onSelect: () => {
            act(chats.setMutedUntil(conversation.id, mutedUntilFor(choice, Date.now())));
          },
        })),
      );
    }
    items.push({
      id: 'read',
      label: t('conversation.list.markRead'),
      disabled: conversation.unread === 0,
      onSelect: () => {
        act(chats.markRead(conversation.id));
      },
    });
    return items;
  };

  const focusRow = (index: number): void => {
    const target = shown[index];
    if (target === undefined) return;
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() => {
      list.current?.querySelector<HTMLButtonElement>(`[data-conversation-id="${target.id}"] .conversation-item`)?.focus();
    });
  };

  const now = Date.now();
  const emptyText =
    props.error !== undefined
      ? t('conversation.list.loadFailed', { reason: props.error })
      : filter.trim() !== ''
        ? t('conversation.list.noMatch', { filter: filter.trim() })
        : archived
          ? t('conversation.list.emptyArchived')
          : t('conversation.list.empty');

  return (
    <>
      <header className="sidebar-header">
        <h1 id="chats-heading">{archived ? t('conversation.list.archivedHeading') : t('conversation.list.heading')}</h1>
        <div className="sidebar-actions">
          <button type="button" className="icon-button" aria-label={t('conversation.list.newChat')} title={t('conversation.list.newChat')} onClick={props.onNewChat}>
            <Icon name="compose" />
          </button>
          <button type="button" className="icon-button" aria-label={t('conversation.list.settings')} title={t('conversation.list.settings')} onClick={props.onOpenSettings}>
            <Icon name="settings" />
          </button>
        </div>
      </header>
      <div className="sidebar-tools">
        <div className="filter-field">
          <Icon name="search" className="filter-icon" />
          <input
            type="search"
            aria-label={t('conversation.list.filterLabel')}
            placeholder={t('conversation.list.filterPlaceholder')}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                focusRow(0);
              }
            }}
          />
        </div>
        {(archived || archivedTotal > 0) && (
          <button
            type="button"
            className="archive-toggle"
            aria-pressed={archived}
            onClick={() => {
              setArchived((value) => !value);
            }}
          >
            <Icon name={archived ? 'unarchive' : 'archive'} />
            {archived ? t('conversation.list.backToChats') : t('conversation.list.showArchived', { count: archivedTotal })}
            {!archived && archivedUnreadTotal > 0 && (
              <span className="unread-badge archive-unread">
                <span aria-hidden="true">{unreadBadge(archivedUnreadTotal)}</span>
                <span className="visually-hidden">{t('conversation.list.unread', { count: archivedUnreadTotal })}</span>
              </span>
            )}
          </button>
        )}
      </div>
      {actionError !== undefined && (
        <p className="list-error" role="alert">
          {actionError}
        </p>
      )}
      <div ref={scroller} className="conversation-scroller">
        {props.conversations !== undefined && shown.length === 0 ? (
          <p className="empty-note">{emptyText}</p>
        ) : (
          <ul
            ref={list}
            className="conversation-list"
            aria-label={t('conversation.list.label')}
            onKeyDown={(event) => {
              const row = (event.target as Element).closest<HTMLElement>('[data-index]');
              const index = Number(row?.dataset['index'] ?? -1);
              if (index < 0) return;
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
              } else if (event.key === 'Home' || event.key === 'End') {
                event.preventDefault();
                focusRow(event.key === 'Home' ? 0 : shown.length - 1);
              }
            }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const conversation = shown[item.index];
              if (conversation === undefined) return null;
              return (
                <ConversationRow
                  key={conversation.id}
                  conversation={conversation}
                  index={item.index}
                  start={item.start}
                  setSize={shown.length}
                  now={now}
                  selected={conversation.id === props.selectedId}
                  onSelect={props.onSelect}
                  onMenu={(position, opener) => {
                    setMenu({ conversation, position, opener });
                  }}
                />
              );
            })}
          </ul>
        )}
      </div>
      {menu !== undefined && (
        <Menu
          label={t('conversation.list.menuLabel')}
          items={menuItems(all.find((each) => each.id === menu.conversation.id) ?? menu.conversation)}
          position={menu.position}
          returnFocus={menu.opener}
          onClose={() => {
            setMenu(undefined);
          }}
        />
      )}
    </>
  );
}

function ConversationRow(props: {
  readonly conversation: ConversationSummary;
  readonly index: number;
  readonly start: number;
  readonly setSize: number;
  readonly now: number;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
  readonly onMenu: (position: MenuPosition, opener: HTMLElement | null) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { conversation } = props;
  const row = useRef<HTMLLIElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  // Rows are placed by transform from script: the CSP allows no style attributes.
  useEffect(() => {
    if (row.current !== null) row.current.style.transform = `translateY(${String(props.start)}px)`;
  }, [props.start]);
  const title = shortTitle(conversation.title);
  const badge = unreadBadge(conversation.unread);
  const preview = previewOf(conversation);
  const muted = isMuted(conversation, props.now);
  return (
    <li
      ref={row}
      className="conversation-row"
      data-index={props.index}
      data-conversation-id={conversation.id}
      aria-setsize={props.setSize}
      aria-posinset={props.index + 1}
      onContextMenu={(event) => {
        event.preventDefault();
        props.onMenu({ x: event.clientX, y: event.clientY }, row.current?.querySelector<HTMLElement>('.conversation-item') ?? null);
      }}
    >
      <button
        type="button"
        className="conversation-item"
        aria-current={props.selected ? 'true' : undefined}
        onClick={() => {
          props.onSelect(conversation.id);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
            event.preventDefault();
            props.onMenu(positionBelow(event.currentTarget), event.currentTarget);
          }
        }}
      >
        <Avatar id={conversation.id} title={conversation.title} dataUrl={conversation.avatarDataUrl} />
        <span className="conversation-text">
          <span className="conversation-title-row">
            <span className="conversation-title">{title}</span>
            {conversation.verified === 'verified' && (
              <span className="title-badge verified" title={t('conversation.list.verified')}>
                <Icon name="shield" />
                <span className="visually-hidden">{t('conversation.list.verified')}</span>
              </span>
            )}
            {conversation.lastMessageAt !== null && (
              <time className="conversation-time" dateTime={new Date(conversation.lastMessageAt).toISOString()}>
                {formatMessageTime(conversation.lastMessageAt, props.now)}
              </time>
            )}
          </span>
          <span className="conversation-preview-row">
            <span className="conversation-preview">
              {preview.prefix === 'draft' && <span className="preview-prefix draft">{t('conversation.list.draft')} </span>}
              {preview.prefix === 'you' && <span className="preview-prefix">{t('conversation.list.you')} </span>}
              {preview.event !== undefined ? t(`conversation.list.event.${preview.event}`) : preview.preview === null ? '' : previewText(preview.preview)}
            </span>
            {muted && (
              <span className="row-flag" title={t('conversation.list.muted')}>
                <Icon name="mute" />
                <span className="visually-hidden">{t('conversation.list.muted')}</span>
              </span>
            )}
            {conversation.pinned && (
              <span className="row-flag" title={t('conversation.list.pinned')}>
                <Icon name="pin" />
                <span className="visually-hidden">{t('conversation.list.pinned')}</span>
              </span>
            )}
            {badge !== undefined && (
              <span className={`unread-badge${muted ? ' muted' : ''}`}>
                <span aria-hidden="true">{badge}</span>
                <span className="visually-hidden">{t('conversation.list.unread', { count: conversation.unread })}</span>
              </span>
            )}
          </span>
        </span>
      </button>
      <button
        ref={more}
        type="button"
        className="row-more icon-button"
        aria-label={t('conversation.list.moreFor', { title })}
        aria-haspopup="menu"
        onClick={(event) => {
          props.onMenu(positionBelow(event.currentTarget), more.current);
        }}
      >
        <Icon name="more" />
      </button>
    </li>
  );
}
