import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../shared/ipc/link';
import type { ThemePreference } from '../../../shared/ipc/settings';
import { ConversationList } from '../components/ConversationList';
import { ConversationView } from '../components/ConversationView';
import { SettingsDialog } from '../components/SettingsDialog';
import { useConversations } from '../state/useConversations';

/** The linked desktop: conversation list on the left, the open conversation on the right. */
export function ChatsScreen(props: {
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const conversations = useConversations();
  const [selectedId, setSelectedId] = useState<string>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const closeSettings = useCallback(() => {
    setSettingsOpen(false);
  }, []);
  const selected = conversations?.find((conversation) => conversation.id === selectedId) ?? conversations?.[0];
  return (
    <div className="chats-screen">
      <nav className="sidebar" aria-labelledby="chats-heading">
        <header className="sidebar-header">
          <h1 id="chats-heading">{t('chats.heading')}</h1>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSettingsOpen(true);
            }}
          >
            {t('chats.openSettings')}
          </button>
        </header>
        <ConversationList conversations={conversations} selectedId={selected?.id} onSelect={setSelectedId} />
        <p className="sidebar-footer">{props.state.deviceName}</p>
      </nav>
      <main className="conversation-pane">
        {props.state.historyProblem !== undefined && (
          <p className="history-problem" role="status">
            {props.state.historyProblem}
          </p>
        )}
        {selected === undefined ? <p className="empty-note centered">{t('chats.pick')}</p> : <ConversationView key={selected.id} conversation={selected} />}
      </main>
      {settingsOpen && (
        <SettingsDialog
          state={props.state}
          theme={props.theme}
          onThemeChange={props.onThemeChange}
          onUnlink={props.onUnlink}
          onClose={closeSettings}
        />
      )}
    </div>
  );
}
