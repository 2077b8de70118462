/**
 * One open conversation as it shows: header, the message log, typing indicator, the
 * identity-change banner and the composer; plus message actions (menu, reactions, delete
 * confirmation, details, image viewer) and drag-and-drop of files. Props only:
 * `ConversationView` talks to the host and hands in the parts that do (composer, details).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { ConversationSummary, MessageView } from '../../../../shared/ipc/chats';
import { Lightbox } from './Attachments';
import type { ComposerHandle } from './Composer';
import type { ConversationPanelKind } from './ConversationHeader';
import { ConversationHeader } from './ConversationHeader';
import { Icon } from '../../ui/Icons';
import type { MenuItem, MenuPosition } from '../../ui/Menu';
import { Menu, positionBelow } from '../../ui/Menu';
import type { MessageHandlers } from './MessageItem';
import { ownActions } from './MessageItem';
import type { MessageKeyAction } from './messageKeys';
import { MessageList } from './MessageList';
import { ModalDialog } from '../../ui/Dialog';
import { ReactionPopover } from './ReactionPopover';
import { lastEditableMessage } from './timeline';
import type { TimelineNote } from './timeline';
import type { ConversationMessages } from './useMessages';

/** What the pane hands the composer it does not draw itself. */
export interface ComposerSlot {
  readonly ref: React.Ref<ComposerHandle>;
  readonly replyTo: MessageView | undefined;
  readonly onCancelReply: () => void;
  readonly editing: MessageView | undefined;
  readonly onCancelEdit: () => void;
  readonly onEditLast: () => void;
}

export type DeleteMode = 'me' | 'everyone';

export interface ConversationPaneProps {
  readonly conversation: ConversationSummary;
  /** The short title the chat calls the contact by. */
  readonly title: string;
  /** The pane reads the window and pages it; writing to it is the container's. */
  readonly messages: Omit<ConversationMessages, 'applyLocal' | 'removeLocal'>;
  /** The contact is typing. */
  readonly typing: boolean;
  readonly notice: string | undefined;
  /** Accepting a new safety number is under way. */
  readonly accepting: boolean;
  readonly onBack: (() => void) | undefined;
  readonly onOpenPanel: (kind: ConversationPanelKind) => void;
  readonly onAtLatestChange: (atLatest: boolean) => void;
  readonly onNotice: (text: string) => void;
  /** `null` takes the user's reaction back. */
  readonly onReact: (message: MessageView, emoji: string | null) => void;
  readonly onCopy: (message: MessageView) => void;
  /** After the user confirmed. */
  readonly onDelete: (message: MessageView, mode: DeleteMode) => void;
  readonly onAcceptIdentity: () => void;
  readonly renderComposer: (slot: ComposerSlot) => React.ReactNode;
  /** Private notes among the messages (console mode). */
  readonly notes?: ReadonlyArray<TimelineNote> | undefined;
  /** Drawn above the message log (console mode: the conversation's console bar). */
  readonly banner?: React.ReactNode;
  readonly renderDeliveryDetails: (messageId: string, onClose: () => void) => React.ReactNode;
}

export function ConversationPane(props: ConversationPaneProps): React.JSX.Element {
  const { t } = useTranslation();
  const { conversation, title, messages, onReact, onCopy, onNotice } = props;
  const composer = useRef<ComposerHandle>(null);
  const [replyTo, setReplyTo] = useState<MessageView>();
  const [editing, setEditing] = useState<MessageView>();
  const [menu, setMenu] = useState<{ message: MessageView; position: MenuPosition; opener: HTMLElement | null }>();
  const [reactionPicker, setReactionPicker] = useState<{ message: MessageView; opener: HTMLElement; full: boolean }>();
  const [confirmDelete, setConfirmDelete] = useState<{ message: MessageView; mode: DeleteMode }>();
  const [detailsId, setDetailsId] = useState<string>();
  const [lightbox, setLightbox] = useState<{ url: string; alt: string }>();
  const [dragging, setDragging] = useState(false);

  const { jumpToMessage } = messages;
  const toggleReaction = useCallback(
    (message: MessageView, emoji: string) => {
      const mine = message.reactions.find((reaction) => reaction.reactors.some((reactor) => reactor.fromMe));
      onReact(message, mine?.emoji === emoji ? null : emoji);
    },
    [onReact],
  );

  const startReply = useCallback((message: MessageView) => {
    setEditing(undefined);
    setReplyTo(message);
    composer.current?.focus();
  }, []);

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
          onCopy(message);
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
      onNotice,
    }),
    [toggleReaction, startReply, jumpToMessage, onNotice, t],
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
          if (message.body !== null) onCopy(message);
          break;
        case 'details':
          if (own.details) setDetailsId(message.id);
          break;
        case 'react':
          if (message.kind === 'text' && !message.deletedForEveryone) setReactionPicker({ message, opener: element, full: false });
          break;
      }
    },
    [onCopy, startReply],
  );

  const editLast = useCallback(() => {
    const last = lastEditableMessage(messages.window.messages);
    if (last !== undefined) {
      setReplyTo(undefined);
      setEditing(last);
    }
  }, [messages.window.messages]);

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
      <ConversationHeader conversation={conversation} title={title} onBack={props.onBack} onOpenPanel={props.onOpenPanel} />
      {props.banner}
      {conversation.business !== null && <BusinessNotice name={title} business={conversation.business} />}
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
        onAtLatestChange={props.onAtLatestChange}
        notes={props.notes}
      />
      <div className="typing-line" role="status">
        {props.typing && (
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
              props.onOpenPanel('safety-number');
            }}
          >
            {t('conversation.identity.view')}
          </button>
          <button type="button" className="compact" disabled={props.accepting} onClick={props.onAcceptIdentity}>
            {t('conversation.identity.accept')}
          </button>
        </div>
      )}
      {props.renderComposer({
        ref: composer,
        replyTo,
        onCancelReply: () => {
          setReplyTo(undefined);
        },
        editing,
        onCancelEdit: () => {
          setEditing(undefined);
        },
        onEditLast: editLast,
      })}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="paperclip" />
          <span>{t('conversation.composer.dropHint')}</span>
        </div>
      )}
      {props.notice !== undefined && (
        <p className="toast" role="status">
          {props.notice}
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
                props.onDelete(message, mode);
              }}
            >
              {confirmDelete.mode === 'me' ? t('conversation.actions.deleteForMe') : t('conversation.actions.deleteForEveryone')}
            </button>
          </div>
        </ModalDialog>
      )}
      {detailsId !== undefined &&
        props.renderDeliveryDetails(detailsId, () => {
          setDetailsId(undefined);
        })}
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

/** A business's chat says who can read it: the business's own devices, how many now, and when that changed. */
function BusinessNotice(props: { readonly name: string; readonly business: NonNullable<ConversationSummary['business']> }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { business } = props;
  const changed = business.changedAt !== null && business.previousDevices !== null && business.previousDevices !== business.devices;
  return (
    <p className="business-notice" role="note">
      <Icon name="lock" />
      <span>
        {t('conversation.business.notice', { name: props.name, count: business.devices })}
        {changed && business.changedAt !== null && (
          <>
            {' '}
            {t('conversation.business.changed', {
              previous: business.previousDevices,
              count: business.devices,
              time: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(business.changedAt),
            })}
          </>
        )}
      </span>
    </p>
  );
}
