import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/ipc/chats';
import { formatMessageTime, shortTitle } from '../state/format';
import { useMessages } from '../state/useMessages';
import { Composer } from './Composer';

export function ConversationView(props: { readonly conversation: ConversationSummary }): React.JSX.Element {
  const { t } = useTranslation();
  const { messages, send } = useMessages(props.conversation.id);
  const end = useRef<HTMLLIElement>(null);
  const title = shortTitle(props.conversation.title);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages]);
  const now = Date.now();
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <header className="conversation-header">
        <h2 id="conversation-title" title={props.conversation.title}>
          {title}
        </h2>
      </header>
      <ol className="message-log" role="log" aria-label={t('chats.messagesLabel', { title })}>
        {messages?.length === 0 && <li className="empty-note">{t('chats.noMessages')}</li>}
        {(messages ?? []).map((message) => {
          if (message.kind !== 'text') {
            return (
              <li key={message.id} className="message-event">
                {message.kind === 'identity-change' ? t('chats.identityChange') : (message.errorText ?? t('chats.undecryptable'))}
              </li>
            );
          }
          const status = message.direction === 'outgoing' ? t(`chats.status.${message.status}`) : '';
          return (
            <li key={message.id} className={`message ${message.direction}${message.status === 'failed' ? ' failed' : ''}`}>
              <p className="message-body">{message.body}</p>
              <p className="message-meta">
                <time dateTime={new Date(message.sentAt).toISOString()}>{formatMessageTime(message.sentAt, now)}</time>
                {status !== '' && <span> · {status}</span>}
              </p>
            </li>
          );
        })}
        <li ref={end} className="message-end" aria-hidden="true" />
      </ol>
      <Composer onSend={send} />
    </section>
  );
}
