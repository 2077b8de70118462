/**
 * One open conversation: header (contact, verified shield, safety number, contact
 * info, search), the message log, typing indicator, the identity-change banner and
 * the composer; plus message actions (menu, reactions, delete confirmation, details,
 * image viewer) and drag-and-drop of files.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { ConversationSummary, MessageView } from '../../../../shared/ipc/chats';
import { Lightbox } from './Attachments';
import { Avatar } from '../../ui/Avatar';
import { DeliveryDetailsDialog } from './DeliveryDetails';
import { quickReactions } from './emojiData';
import { Icon } from '../../ui/Icons';
import type { MenuItem, MenuPosition } from '../../ui/Menu';
import { Menu, positionBelow } from '../../ui/Menu';
import type { MessageHandlers } from './MessageItem';
import { ownActions } from './MessageItem';
import type { MessageKeyAction } from './messageKeys';
import { MessageList } from './MessageList';
import { ModalDialog } from '../../ui/Dialog';
import { lastEditableMessage } from './timeline';
import { useApi } from '../../ipc';
import { usePanels } from '../chats/PanelsContext';
import { shortTitle } from '../../state/format';
import { useMessages } from './useMessages';
import { useLatest } from '../../state/useLatest';
import { useTyping } from './useTyping';
import type { ComposerHandle } from './Composer';
import { Composer } from './Composer';
import { failureText } from '../../i18n/failure';

const EmojiPicker = lazy(() => import('./EmojiPicker').then((module) => ({ default: module.EmojiPicker })));


/** Whether the user can see this window now (marking read needs it). */
function useWindowAttention(): boolean {
  const read = (): boolean => document.visibilityState === 'visible' && document.hasFocus();
  const [attending, setAttending] = useState(read);
  useEffect(() => {
    const update = (): void => {
      setAttending(read());
    };
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return attending;
}

export function ConversationView(props: {
  readonly conversation: ConversationSummary;
  readonly initialMessageId?: string;
  /** Back to the chat list; its button shows only in narrow windows, where the list is hidden. */
  readonly onBack?: () => void;
}): React.JSX.Element {
  const { chats, contacts } = useApi();
  const { t } = useTranslation();
  const panels = usePanels();
  const { conversation } = props;
  const conversationId = conversation.id;
  const title = shortTitle(conversation.title);
  const messages = useMessages(conversationId, props.initialMessageId);
  const typing = useTyping(conversationId);
  const attending = useWindowAttention();
  const composer = useRef<ComposerHandle>(null);
  const [replyTo, setReplyTo] = useState<MessageView>();
  const [editing, setEditing] = useState<MessageView>();
  const [menu, setMenu] = useState<{ message: MessageView; position: MenuPosition; opener: HTMLElement | null }>();
  const [reactionPicker, setReactionPicker] = useState<{ message: MessageView; opener: HTMLElement; full: boolean }>();
  const [confirmDelete, setConfirmDelete] = useState<{ message: MessageView; mode: 'me' | 'everyone' }>();
  const [detailsId, setDetailsId] = useState<string>();
  const [lightbox, setLightbox] = useState<{ url: string; alt: string }>();
  const [notice, setNotice] = useState<string>();
  const [atLatest, setAtLatest] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [accepting, setAccepting] = useState(false);

  useEffect(() => {
    if (notice === undefined) return undefined;
    const timer = setTimeout(() => {
      setNotice(undefined);
    }, 6_000);
    return () => {
      clearTimeout(timer);
    };
  }, [notice]);

  // Read means seen: the window has the user's attention and the newest message is on screen.
  const unread = conversation.unread;
  useEffect(() => {
    if (unread > 0 && attending && atLatest && !messages.loading) {
      chats.markRead(conversationId).catch(() => undefined);
    }
  }, [unread, attending, atLatest, messages.loading, conversationId]);

  const { applyLocal, removeLocal, jumpToMessage } = messages;
  const fail = useCallback(
    (failure: unknown) => {
      setNotice(t('conversation.actions.failed', { reason: failureText(failure) }));
    },
    [t],
  );

  const react = useCallback(
    (message: MessageView, emoji: string | null) => {
      chats.react(message.id, emoji).then(applyLocal, fail);
    },
    [applyLocal, fail],
  );
  const toggleReaction = useCallback(
    (message: MessageView, emoji: string) => {
      const mine = message.reactions.find((reaction) => reaction.reactors.some((reactor) => reactor.fromMe));
      react(message, mine?.emoji === emoji ? null : emoji);
    },
    [react],
  );

  const startReply = useCallback((message: MessageView) => {
    setEditing(undefined);
    setReplyTo(message);
    composer.current?.focus();
  }, []);

  const copy = useCallback(
    (message: MessageView) => {
      navigator.clipboard.writeText(message.body ?? '').then(() => {
        setNotice(t('conversation.actions.copied'));
      }, fail);
    },
    [fail, t],
  );

  const menuItems = (message: MessageView): ReadonlyArray<MenuItem> => {
    const own = ownActions(message);
    const items: Array<MenuItem> = [];
    if (message.kind === 'text' && !message.deletedForEveryone) {
      items.push(
        {
          id: 'react',
          label: t('conversation.actions.react'),
          onSelect: () => {
            const opener = menu?.opener ?? document.body;
            setReactionPicker({ message, opener, full: false });
          },
        },
        {
          id: 'reply',
          label: t('conversation.actions.reply'),
          onSelect: () => {
            startReply(message);
          },
        },
      );
    }
    if (own.edit) {
      items.push({
        id: 'edit',
        label: t('conversation.actions.edit'),
        onSelect: () => {
          setReplyTo(undefined);
          setEditing(message);
        },
      });
    }
    if (message.body !== null && message.body !== '' && !message.deletedForEveryone) {
      items.push({
        id: 'copy',
        label: t('conversation.actions.copy'),
        onSelect: () => {
          copy(message);
        },
      });
    }
    if (own.details) {
      items.push({
        id: 'details',
        label: t('conversation.actions.details'),
        onSelect: () => {
          setDetailsId(message.id);
        },
      });
    }
    items.push({
      id: 'delete-me',
      label: t('conversation.actions.deleteForMe'),
      danger: true,
      onSelect: () => {
        setConfirmDelete({ message, mode: 'me' });
      },
    });
    if (own.deleteForEveryone) {
      items.push({
        id: 'delete-everyone',
        label: t('conversation.actions.deleteForEveryone'),
        danger: true,
        onSelect: () => {
          setConfirmDelete({ message, mode: 'everyone' });
        },
      });
    }
    return items;
  };

  const handlers: MessageHandlers = useMemo(
    () => ({
      onToggleReaction: toggleReaction,
      onOpenReactionPicker: (message, opener) => {
        setReactionPicker({ message, opener, full: false });
      },
      onReply: startReply,
      onOpenMenu: (message, position, opener) => {
        setMenu({ message, position, opener });
      },
      onJumpTo: jumpToMessage,
      onOpenImage: (attachment: AttachmentView, url: string) => {
        setLightbox({ url, alt: attachment.fileName ?? t('conversation.attachment.image') });
      },
      onNotice: setNotice,
    }),
    [toggleReaction, startReply, jumpToMessage, t],
  );

  const onKeyAction = useCallback(
    (message: MessageView, action: MessageKeyAction, element: HTMLElement) => {
      const own = ownActions(message);
      switch (action) {
        case 'menu':
          setMenu({ message, position: positionBelow(element.querySelector('.bubble, .message-event') ?? element), opener: element });
          break;
        case 'reply':
          if (message.kind === 'text' && !message.deletedForEveryone) startReply(message);
          break;
        case 'edit':
          if (own.edit) {
            setReplyTo(undefined);
            setEditing(message);
          }
          break;
        case 'delete':
          setConfirmDelete({ message, mode: own.deleteForEveryone ? 'everyone' : 'me' });
          break;
        case 'copy':
          if (message.body !== null) copy(message);
          break;
        case 'details':
          if (own.details) setDetailsId(message.id);
          break;
        case 'react':
          if (message.kind === 'text' && !message.deletedForEveryone) setReactionPicker({ message, opener: element, full: false });
          break;
      }
    },
    [copy, startReply],
  );

  const onAtLatestChange = useCallback((value: boolean) => {
    setAtLatest(value);
  }, []);

  const send = useCallback(
    async (body: string, attachmentIds: ReadonlyArray<string>, quoteMessageId: string | null) => {
      const sent = await chats.sendMessage(conversationId, { body, attachmentIds: [...attachmentIds], quoteMessageId });
      if (messages.window.hasNewer) messages.jumpToLatest();
      else applyLocal(sent);
    },
    [conversationId, applyLocal, messages],
  );
  const edit = useCallback(
    async (messageId: string, body: string) => {
      applyLocal(await chats.editMessage(messageId, body));
    },
    [applyLocal],
  );
  const editLast = useCallback(() => {
    const last = lastEditableMessage(messages.window.messages);
    if (last !== undefined) {
      setReplyTo(undefined);
      setEditing(last);
    }
  }, [messages.window.messages]);

  const acceptIdentity = (): void => {
    setAccepting(true);
    contacts.acceptIdentityChange(conversationId).then(
      () => {
        setAccepting(false);
      },
      (failure: unknown) => {
        setAccepting(false);
        setNotice(t('conversation.identity.acceptFailed', { reason: failureText(failure) }));
      },
    );
  };

  return (
    <section
      className={`conversation${dragging ? ' dragging' : ''}`}
      aria-labelledby="conversation-title"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files') || conversation.identityChangePending) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setDragging(false);
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(false);
        if (conversation.identityChangePending) return;
        composer.current?.addFiles([...event.dataTransfer.files]);
      }}
    >
      <header className="conversation-header">
        {props.onBack !== undefined && (
          <button type="button" className="icon-button back-button" aria-label={t('conversation.header.back')} title={t('conversation.header.back')} onClick={props.onBack}>
            <Icon name="back" />
          </button>
        )}
        <Avatar id={conversation.id} title={conversation.title} dataUrl={conversation.avatarDataUrl} />
        <div className="conversation-heading">
          <h2 id="conversation-title" title={conversation.title}>
            {title}
            {conversation.verified === 'verified' && (
              <span className="title-badge verified" title={t('conversation.header.verified')}>
                <Icon name="shield" />
                <span className="visually-hidden">{t('conversation.header.verified')}</span>
              </span>
            )}
          </h2>
          <p className="conversation-subtitle">{conversation.handle ?? ''}</p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('conversation.header.safetyNumber')}
            title={t('conversation.header.safetyNumber')}
            onClick={() => {
              panels.open({ kind: 'safety-number', conversationId });
            }}
          >
            <Icon name="shield" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('conversation.header.search')}
            title={t('conversation.header.search')}
            onClick={() => {
              panels.open({ kind: 'search', conversationId });
            }}
          >
            <Icon name="search" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('conversation.header.contactInfo')}
            title={t('conversation.header.contactInfo')}
            onClick={() => {
              panels.open({ kind: 'contact', conversationId });
            }}
          >
            <Icon name="info" />
          </button>
        </div>
      </header>
      {messages.error !== undefined && (
        <p className="conversation-error" role="alert">
          {t('conversation.log.loadFailed', { reason: messages.error })}
        </p>
      )}
      <MessageList
        window={messages.window}
        label={t('conversation.log.label', { title })}
        contactTitle={title}
        loading={messages.loading}
        loadingOlder={messages.loadingOlder}
        scrollRequest={messages.scrollRequest}
        handlers={handlers}
        onLoadOlder={messages.loadOlder}
        onLoadNewer={messages.loadNewer}
        onJumpToLatest={messages.jumpToLatest}
        onKeyAction={onKeyAction}
        onAtLatestChange={onAtLatestChange}
      />
      <div className="typing-line" role="status">
        {typing && (
          <span className="typing-indicator">
            <span className="typing-dots">
              <span />
              <span />
              <span />
            </span>
            {t('conversation.header.typing', { name: title })}
          </span>
        )}
      </div>
      {conversation.identityChangePending && (
        <div className="identity-banner" role="alert">
          <Icon name="warning" />
          <div className="identity-text">
            <strong>{t('conversation.identity.banner')}</strong>
            <span>{t('conversation.identity.bannerDetail', { name: title })}</span>
          </div>
          <button
            type="button"
            className="secondary compact"
            onClick={() => {
              panels.open({ kind: 'safety-number', conversationId });
            }}
          >
            {t('conversation.identity.view')}
          </button>
          <button type="button" className="compact" disabled={accepting} onClick={acceptIdentity}>
            {t('conversation.identity.accept')}
          </button>
        </div>
      )}
      <Composer
        ref={composer}
        conversationId={conversationId}
        contactTitle={title}
        initialDraft={conversation.draft}
        blockedReason={conversation.identityChangePending ? t('conversation.composer.identityBlocked') : undefined}
        replyTo={replyTo}
        onCancelReply={() => {
          setReplyTo(undefined);
        }}
        editing={editing}
        onCancelEdit={() => {
          setEditing(undefined);
        }}
        onEditLast={editLast}
        onSend={send}
        onEdit={edit}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="paperclip" />
          <span>{t('conversation.composer.dropHint')}</span>
        </div>
      )}
      {notice !== undefined && (
        <p className="toast" role="status">
          {notice}
        </p>
      )}
      {menu !== undefined && (
        <Menu
          label={t('conversation.actions.menuLabel')}
          items={menuItems(menu.message)}
          position={menu.position}
          returnFocus={menu.opener}
          onClose={() => {
            setMenu(undefined);
          }}
        />
      )}
      {reactionPicker !== undefined && (
        <ReactionPopover
          opener={reactionPicker.opener}
          full={reactionPicker.full}
          mine={reactionPicker.message.reactions.find((reaction) => reaction.reactors.some((reactor) => reactor.fromMe))?.emoji}
          onPick={(emoji) => {
            toggleReaction(reactionPicker.message, emoji);
            setReactionPicker(undefined);
            reactionPicker.opener.focus();
          }}
          onMore={() => {
            setReactionPicker({ ...reactionPicker, full: true });
          }}
          onClose={() => {
            setReactionPicker(undefined);
            if (reactionPicker.opener.isConnected) reactionPicker.opener.focus();
          }}
        />
      )}
      {confirmDelete !== undefined && (
        <ModalDialog
          title={t('conversation.actions.confirmDeleteTitle')}
          role="alertdialog"
          description={
            confirmDelete.mode === 'me'
              ? t('conversation.actions.confirmDeleteMe', { name: title })
              : t('conversation.actions.confirmDeleteEveryone', { name: title })
          }
          onClose={() => {
            setConfirmDelete(undefined);
          }}
        >
          <div className="dialog-actions">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirmDelete(undefined);
              }}
            >
              {t('conversation.actions.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                const { message, mode } = confirmDelete;
                setConfirmDelete(undefined);
                chats.deleteMessage(message.id, mode).then(() => {
                  if (mode === 'me') removeLocal(message.id);
                }, fail);
              }}
            >
              {confirmDelete.mode === 'me' ? t('conversation.actions.deleteForMe') : t('conversation.actions.deleteForEveryone')}
            </button>
          </div>
        </ModalDialog>
      )}
      {detailsId !== undefined && (
        <DeliveryDetailsDialog
          messageId={detailsId}
          onClose={() => {
            setDetailsId(undefined);
          }}
        />
      )}
      {lightbox !== undefined && (
        <Lightbox
          url={lightbox.url}
          alt={lightbox.alt}
          onClose={() => {
            setLightbox(undefined);
          }}
        />
      )}
    </section>
  );
}

/** Quick reactions (and the full picker) next to a message. */
function ReactionPopover(props: {
  /** The button it opened from; measured when it opens, not on every render. */
  readonly opener: HTMLElement;
  readonly full: boolean;
  readonly mine: string | undefined;
  readonly onPick: (emoji: string) => void;
  readonly onMore: () => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const { opener } = props;
  const close = useLatest(props.onClose);
  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const anchor = opener.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    const x = Math.max(8, Math.min(anchor.left + anchor.width / 2 - rect.width / 2, window.innerWidth - rect.width - 8));
    const above = anchor.top - rect.height - 8;
    const y = above > 8 ? above : Math.min(anchor.bottom + 8, window.innerHeight - rect.height - 8);
    element.style.left = `${String(x)}px`;
    element.style.top = `${String(y)}px`;
    if (!props.full) element.querySelector<HTMLButtonElement>('button')?.focus();
  }, [opener, props.full]);
  useEffect(() => {
    const onPointer = (event: PointerEvent): void => {
      if (root.current !== null && !root.current.contains(event.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [close]);
  return (
    <div
      ref={root}
      className={`reaction-popover${props.full ? ' full' : ''}`}
      role="dialog"
      aria-label={t('conversation.actions.react')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        } else if (!props.full && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
          const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const index = buttons.findIndex((button) => button === document.activeElement);
          buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
          event.preventDefault();
        }
      }}
    >
      {props.full ? (
        <Suspense fallback={<p className="emoji-note">{t('conversation.emoji.loading')}</p>}>
          <EmojiPicker onPick={props.onPick} onClose={props.onClose} placement="below" />
        </Suspense>
      ) : (
        <div className="quick-reactions">
          {quickReactions.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className={`quick-reaction${props.mine === emoji ? ' mine' : ''}`}
              aria-label={t('conversation.actions.reactWith', { emoji })}
              aria-pressed={props.mine === emoji}
              onClick={() => {
                props.onPick(emoji);
              }}
            >
              {emoji}
            </button>
          ))}
          <button type="button" className="quick-reaction more" aria-label={t('conversation.actions.moreReactions')} title={t('conversation.actions.moreReactions')} onClick={props.onMore}>
            <Icon name="plus" />
          </button>
        </div>
      )}
    </div>
  );
}
