/**
 * One open conversation's container: its messages and typing from the host, marking
 * read, reactions, copy, delete, send and edit, and accepting a new safety number.
 * `ConversationPane` draws it and keeps the menus, dialogs and reply/edit state.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary, MessageView } from '../../../../shared/ipc/chats';
import { DeliveryDetailsDialog } from './DeliveryDetails';
import { useApi } from '../../ipc';
import { usePanels } from '../chats/PanelsContext';
import { shortTitle } from '../../state/format';
import { useMessages } from './useMessages';
import { useTyping } from './useTyping';
import { Composer } from './Composer';
import type { DeleteMode } from './ConversationPane';
import { ConversationPane } from './ConversationPane';
import { failureText } from '../../i18n/failure';
import type { TimelineNote } from './timeline';

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
  /** Console mode: private notes among the messages, a bar above them, and a frame around the composer (reply or note). */
  readonly notes?: ReadonlyArray<TimelineNote>;
  readonly banner?: React.ReactNode;
  readonly composerFrame?: (composer: React.ReactNode) => React.ReactNode;
  /** After a reply was sent (console mode records it). */
  readonly onSent?: (messageId: string) => void;
}): React.JSX.Element {
  const { chats, contacts } = useApi();
  const { t } = useTranslation();
  const panels = usePanels();
  const { conversation, onSent } = props;
  const conversationId = conversation.id;
  const frame = props.composerFrame ?? ((composer: React.ReactNode) => composer);
  const title = shortTitle(conversation.title);
  const messages = useMessages(conversationId, props.initialMessageId);
  const typing = useTyping(conversationId);
  const attending = useWindowAttention();
  const [notice, setNotice] = useState<string>();
  const [atLatest, setAtLatest] = useState(true);
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

  const { applyLocal, removeLocal } = messages;
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
  const copy = useCallback(
    (message: MessageView) => {
      navigator.clipboard.writeText(message.body ?? '').then(() => {
        setNotice(t('conversation.actions.copied'));
      }, fail);
    },
    [fail, t],
  );

  const deleteMessage = useCallback(
    (message: MessageView, mode: DeleteMode) => {
      chats.deleteMessage(message.id, mode).then(() => {
        if (mode === 'me') removeLocal(message.id);
      }, fail);
    },
    [removeLocal, fail],
  );

  const send = useCallback(
    async (body: string, attachmentIds: ReadonlyArray<string>, quoteMessageId: string | null) => {
      const sent = await chats.sendMessage(conversationId, { body, attachmentIds: [...attachmentIds], quoteMessageId });
      if (messages.window.hasNewer) messages.jumpToLatest();
      else applyLocal(sent);
      onSent?.(sent.id);
    },
    [conversationId, applyLocal, messages, onSent],
  );
  const edit = useCallback(
    async (messageId: string, body: string) => {
      applyLocal(await chats.editMessage(messageId, body));
    },
    [applyLocal],
  );

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
    <ConversationPane
      conversation={conversation}
      title={title}
      messages={messages}
      typing={typing}
      notice={notice}
      accepting={accepting}
      onBack={props.onBack}
      onOpenPanel={(kind) => {
        panels.open({ kind, conversationId });
      }}
      onAtLatestChange={setAtLatest}
      onNotice={setNotice}
      onReact={react}
      onCopy={copy}
      onDelete={deleteMessage}
      onAcceptIdentity={acceptIdentity}
      notes={props.notes}
      banner={props.banner}
      renderComposer={(slot) =>
        frame(
        <Composer
          ref={slot.ref}
          conversationId={conversationId}
          contactTitle={title}
          initialDraft={conversation.draft}
          blockedReason={conversation.identityChangePending ? t('conversation.composer.identityBlocked') : undefined}
          replyTo={slot.replyTo}
          onCancelReply={slot.onCancelReply}
          editing={slot.editing}
          onCancelEdit={slot.onCancelEdit}
          onEditLast={slot.onEditLast}
          onSend={send}
          onEdit={edit}
        />,
        )
      }
      renderDeliveryDetails={(messageId, onClose) => <DeliveryDetailsDialog messageId={messageId} onClose={onClose} />}
    />
  );
}
