/** One row of the message list: a bubble (quote, attachments, text, time, ticks, reactions) or a centred event. */
import { memo, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MessageErrorCodeView, MessageStatusView, MessageView, ReactionView } from '../../../../shared/ipc/chats';
import { useApi } from '../../ipc';

import type { AttachmentCallbacks } from './Attachments';
import { useWaitingForConnection } from '../connection/useConnectionState';
import { AttachmentList } from './Attachments';
import type { IconName } from '../../ui/Icons';
import { Icon } from '../../ui/Icons';
import type { MenuPosition } from '../../ui/Menu';
import { positionBelow } from '../../ui/Menu';
import { isEditable } from './timeline';
import { hostErrorText } from '../../i18n/failure';

export interface MessageHandlers extends AttachmentCallbacks {
  readonly onToggleReaction: (message: MessageView, emoji: string) => void;
  readonly onOpenReactionPicker: (message: MessageView, opener: HTMLElement) => void;
  readonly onReply: (message: MessageView) => void;
  readonly onOpenMenu: (message: MessageView, position: MenuPosition, opener: HTMLElement | null) => void;
  readonly onJumpTo: (messageId: string) => void;
}


const statusIcons: Record<Exclude<MessageStatusView, 'received'>, IconName> = {
  pending: 'clock',
  sent: 'check',
  delivered: 'read',
  read: 'read',
  failed: 'warning',
};

export function formatTime(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export const MessageItem = memo(function MessageItem(props: {
  readonly message: MessageView;
  readonly contactTitle: string;
  readonly groupedWithPrevious: boolean;
  readonly highlighted: boolean;
  readonly handlers: MessageHandlers;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { message, handlers } = props;
  const outgoing = message.direction === 'outgoing';
  // A pending message while the relay is out of reach says so instead of showing a bare clock.
  const waitingForConnection = useWaitingForConnection() && message.status === 'pending';
  const author = outgoing ? t('conversation.message.you') : props.contactTitle;
  const toolbar = useHoverToolbar();

  if (message.kind !== 'text') {
    const text =
      message.kind === 'identity-change'
        ? t('conversation.message.identityChange', { name: props.contactTitle })
        : message.kind === 'verified-change'
          ? verifiedText(message, props.contactTitle, t)
          : unreadableText(message, props.contactTitle, t);
    return (
      <div className={`message-event event-${message.kind}`}>
        <Icon name={message.kind === 'undecryptable' ? 'warning' : 'shield'} />
        <span>{text}</span>
        <time dateTime={new Date(message.sentAt).toISOString()}>{formatTime(message.sentAt)}</time>
      </div>
    );
  }

  const deleted = message.deletedForEveryone;
  const time = formatTime(message.sentAt);
  const canReact = !deleted;
  return (
    <div
      className={`message-line ${message.direction}${props.groupedWithPrevious ? ' grouped' : ''}${props.highlighted ? ' highlighted' : ''}${toolbar.dismissed ? ' toolbar-dismissed' : ''}`}
      onPointerEnter={toolbar.onPointerEnter}
      onPointerLeave={toolbar.onPointerLeave}
    >
      <div className="bubble-row">
        <div className={`bubble ${message.direction}${deleted ? ' deleted' : ''}${message.status === 'failed' ? ' failed' : ''}`}>
          <span className="visually-hidden">{author}: </span>
          {message.quote !== null && !deleted && (
            <button
              type="button"
              className={`quote${message.quote.fromMe ? ' from-me' : ''}`}
              disabled={message.quote.messageId === null}
              title={message.quote.messageId === null ? t('conversation.message.quoteUnavailable') : undefined}
              aria-label={t('conversation.message.quoteLabel', {
                name: message.quote.fromMe ? t('conversation.message.you') : message.quote.authorTitle,
                text: message.quote.text,
              })}
              onClick={() => {
                if (message.quote?.messageId != null) handlers.onJumpTo(message.quote.messageId);
              }}
            >
              <span className="quote-author">{message.quote.fromMe ? t('conversation.message.you') : message.quote.authorTitle}</span>
              <span className="quote-text">{message.quote.text}</span>
            </button>
          )}
          {!deleted && message.attachments.length > 0 && (
            <AttachmentList attachments={message.attachments} outgoing={outgoing} authorTitle={author} callbacks={handlers} />
          )}
          {deleted ? (
            <p className="message-body deleted-text">
              <Icon name="trash" />
              {outgoing ? t('conversation.message.deletedByYou') : t('conversation.message.deleted')}
            </p>
          ) : (
            message.body !== null && message.body !== '' && <p className="message-body">{message.body}</p>
          )}
          <span className="message-meta">
            {message.editedAt !== null && !deleted && <span className="edited">{t('conversation.message.edited')}</span>}
            <time dateTime={new Date(message.sentAt).toISOString()} title={new Date(message.sentAt).toLocaleString()}>
              {time}
            </time>
            {outgoing && message.status !== 'received' && (
              <span className={`ticks status-${message.status}`} title={t(`conversation.message.status.${message.status}`)}>
                <Icon name={statusIcons[message.status]} />
                <span className="visually-hidden">{t(`conversation.message.status.${message.status}`)}</span>
              </span>
            )}
            {waitingForConnection && <span className="waiting-label">{t('connection.waitingForConnection')}</span>}
          </span>
        </div>
        {/* Mouse shortcuts: keyboard users reach the same actions from the focused message (keys or Enter for the menu). */}
        <div className="message-toolbar" role="toolbar" aria-label={t('conversation.actions.toolbar')}>
          {canReact && (
            <button
              type="button"
              tabIndex={-1}
              className="icon-button small"
              aria-label={t('conversation.actions.react')}
              title={t('conversation.actions.react')}
              onClick={(event) => {
                handlers.onOpenReactionPicker(message, event.currentTarget);
                toolbar.dismiss();
              }}
            >
              <Icon name="smile" />
            </button>
          )}
          {!deleted && (
            <button
              type="button"
              tabIndex={-1}
              className="icon-button small"
              aria-label={t('conversation.actions.reply')}
              title={t('conversation.actions.reply')}
              onClick={() => {
                handlers.onReply(message);
                toolbar.dismiss();
              }}
            >
              <Icon name="reply" />
            </button>
          )}
          <button
            type="button"
            tabIndex={-1}
            className="icon-button small"
            aria-label={t('conversation.actions.more')}
            title={t('conversation.actions.more')}
            aria-haspopup="menu"
            onClick={(event) => {
              handlers.onOpenMenu(message, positionBelow(event.currentTarget), event.currentTarget);
              toolbar.dismiss();
            }}
          >
            <Icon name="more" />
          </button>
        </div>
      </div>
      {message.reactions.length > 0 && !deleted && (
        <Reactions message={message} reactions={message.reactions} onToggle={handlers.onToggleReaction} />
      )}
      {outgoing && message.status === 'failed' && !deleted && <RetrySend message={message} onNotice={handlers.onNotice} />}
    </div>
  );
});

/**
 * The hover toolbar goes away once it has been used, when the pointer leaves, on Escape
 * and when the window loses focus; the next hover brings it back (issue 10, item 16: a
 * clicked button kept it up).
 */
function useHoverToolbar(): {
  readonly dismissed: boolean;
  readonly dismiss: () => void;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
} {
  const [hovered, setHovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!hovered) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setDismissed(true);
    };
    const onBlur = (): void => {
      setDismissed(true);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('blur', onBlur);
    };
  }, [hovered]);
  const dismiss = useCallback(() => {
    setDismissed(true);
  }, []);
  const onPointerEnter = useCallback(() => {
    setHovered(true);
  }, []);
  const onPointerLeave = useCallback(() => {
    setHovered(false);
    setDismissed(false);
  }, []);
  return { dismissed, dismiss, onPointerEnter, onPointerLeave };
}

/** What the user did to a safety number's verification, from the row's code; rows from before codes carry words. */
function verifiedText(message: MessageView, name: string, t: TFunction): string {
  if (message.errorCode === 'verified') return t('conversation.message.verifiedMarked', { name });
  if (message.errorCode === 'verification-cleared') return t('conversation.message.verifiedCleared', { name });
  return message.errorText ?? t('conversation.message.verifiedChange', { name });
}

/** Why an unreadable row could not be read, from the host's reason code; older rows carry words instead. */
function unreadableText(message: MessageView, name: string, t: TFunction): string {
  const code: MessageErrorCodeView | null = message.errorCode ?? null;
  switch (code) {
    case 'decryption-failed':
      return t('conversation.message.unreadable.decryptionFailed', { name });
    case 'untrusted-identity':
      return t('conversation.message.unreadable.untrustedIdentity', { name });
    case 'malformed-content':
      return t('conversation.message.unreadable.malformedContent', { name });
    case 'invalid-content':
      return t('conversation.message.unreadable.invalidContent', { name });
    case 'invalid-envelope':
      return t('conversation.message.unreadable.invalidEnvelope', { name });
    case 'send-refused':
    case 'send-invalid':
    case 'send-failed':
    case 'identity-changed':
    case 'upload-failed':
    case 'verified':
    case 'verification-cleared':
    case null:
      return message.errorText ?? t('conversation.message.undecryptable', { name });
  }
}

/** Why a message was not sent, from the host's failure code. */
function sendFailureText(code: MessageErrorCodeView | null, t: TFunction): string {
  switch (code) {
    case 'send-refused':
      return t('conversation.message.sendFailure.refused');
    case 'send-invalid':
      return t('conversation.message.sendFailure.invalid');
    case 'send-failed':
      return t('conversation.message.sendFailure.failed');
    case 'identity-changed':
      return t('conversation.message.sendFailure.identityChanged');
    case 'upload-failed':
      return t('conversation.message.sendFailure.uploadFailed');
    case 'decryption-failed':
    case 'untrusted-identity':
    case 'malformed-content':
    case 'invalid-content':
    case 'invalid-envelope':
    case 'verified':
    case 'verification-cleared':
    case null:
      return t('conversation.message.sendFailure.unknown');
  }
}

/**
 * "Not sent — tap to retry" under a failed message, with why. The host answers with the
 * message pending again; its later states arrive as message changes.
 */
function RetrySend(props: { readonly message: MessageView; readonly onNotice: (text: string) => void }): React.JSX.Element {
  const { chats } = useApi();
  const { t } = useTranslation();
  const reasonId = useId();
  const [retrying, setRetrying] = useState(false);
  const reason = sendFailureText(props.message.errorCode ?? null, t);
  return (
    <div className="send-failure">
      <button
        type="button"
        className="retry-send"
        disabled={retrying}
        aria-describedby={reasonId}
        onClick={() => {
          setRetrying(true);
          chats.retrySend(props.message.id).then(
            () => {
              setRetrying(false);
            },
            (failure: unknown) => {
              setRetrying(false);
              props.onNotice(t('conversation.actions.failed', { reason: hostErrorText(failure) ?? t('panels.genericError') }));
            },
          );
        }}
      >
        <Icon name="warning" />
        {t('conversation.message.retrySend')}
      </button>
      <span id={reasonId} className="send-failure-reason">
        {reason}
      </span>
    </div>
  );
}

function Reactions(props: {
  readonly message: MessageView;
  readonly reactions: ReadonlyArray<ReactionView>;
  readonly onToggle: (message: MessageView, emoji: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <ul className="reactions" aria-label={t('conversation.message.reactionsLabel')}>
      {props.reactions.map((reaction) => {
        const mine = reaction.reactors.some((reactor) => reactor.fromMe);
        const names = reaction.reactors.map((reactor) => (reactor.fromMe ? t('conversation.message.you') : reactor.title)).join(', ');
        const summary = t('conversation.message.reactionSummary', { emoji: reaction.emoji, count: reaction.reactors.length, names });
        return (
          <li key={reaction.emoji}>
            <button
              type="button"
              className={`reaction${mine ? ' mine' : ''}`}
              aria-pressed={mine}
              aria-label={summary}
              title={names}
              onClick={() => {
                props.onToggle(props.message, reaction.emoji);
              }}
            >
              <span className="reaction-emoji" aria-hidden="true">
                {reaction.emoji}
              </span>
              {reaction.reactors.length > 1 && <span className="reaction-count">{reaction.reactors.length}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Whether this message offers "Edit", "Delete for everyone" and "Details". */
export function ownActions(message: MessageView): { readonly edit: boolean; readonly deleteForEveryone: boolean; readonly details: boolean } {
  const own = message.kind === 'text' && message.direction === 'outgoing';
  return { edit: isEditable(message), deleteForEveryone: own && !message.deletedForEveryone, details: own };
}
