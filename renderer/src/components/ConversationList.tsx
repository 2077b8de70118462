import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../shared/ipc/chats';
import { formatMessageTime, initialOf, shortTitle, unreadBadge } from '../state/format';

export function ConversationList(props: {
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const now = Date.now();
  if (props.conversations?.length === 0) {
    return <p className="empty-note">{t('chats.empty')}</p>;
  }
  return (
    <ul className="conversation-list" aria-label={t('chats.listLabel')}>
      {(props.conversations ?? []).map((conversation) => {
        const badge = unreadBadge(conversation.unread);
        const title = shortTitle(conversation.title);
        return (
          <li key={conversation.id}>
            <button
              type="button"
              className="conversation-item"
              aria-current={conversation.id === props.selectedId ? 'true' : undefined}
              onClick={() => {
                props.onSelect(conversation.id);
              }}
            >
              <span className="avatar" aria-hidden="true">
                {initialOf(conversation.title)}
              </span>
              <span className="conversation-text">
                <span className="conversation-title-row">
                  <span className="conversation-title">{title}</span>
                  {conversation.lastMessageAt !== null && (
                    <time className="conversation-time" dateTime={new Date(conversation.lastMessageAt).toISOString()}>
                      {formatMessageTime(conversation.lastMessageAt, now)}
                    </time>
                  )}
                </span>
                <span className="conversation-preview">{conversation.lastMessagePreview ?? ''}</span>
              </span>
              {badge !== undefined && (
                <span className="unread-badge" aria-label={t('chats.unread', { count: conversation.unread })}>
                  {badge}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
