/**
 * The open chat's header: back (narrow windows), avatar, title with the verified shield,
 * handle, and the buttons that open the safety number, search and contact panels.
 */
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icons';

/** The panels a chat opens about itself. */
export type ConversationPanelKind = 'safety-number' | 'search' | 'contact';

export function ConversationHeader(props: {
  readonly conversation: ConversationSummary;
  /** The short title, as the rest of the chat names the contact. */
  readonly title: string;
  /** Its button shows only in narrow windows, where the list is hidden. */
  readonly onBack: (() => void) | undefined;
  readonly onOpenPanel: (kind: ConversationPanelKind) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { conversation, title } = props;
  return (
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
          {conversation.business !== null && <span className="title-badge business">{t('conversation.header.business')}</span>}
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
            props.onOpenPanel('safety-number');
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
            props.onOpenPanel('search');
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
            props.onOpenPanel('contact');
          }}
        >
          <Icon name="info" />
        </button>
      </div>
    </header>
  );
}
