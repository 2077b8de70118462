import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkState } from '../../../../shared/ipc/link';
import type { ThemePreference } from '../../../../shared/ipc/settings';
import { ConnectionBanner, useConnectionBanner } from '../connection/ConnectionBanner';
import { ConversationList } from './ConversationList';
import { ConversationView } from '../conversation/ConversationView';
import { Icon } from '../../ui/Icons';
import { ChatsOverlays } from './ChatsOverlays';
import { PanelsProvider, usePanels } from './PanelsContext';
import { useConversations } from './useConversations';
import { historyProblemKey } from '../linking/SyncingScreen';

interface ChatsScreenProps {
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
}

/** The linked desktop: conversation list on the left, the open conversation on the right, panels over both. */
export function ChatsScreen(props: ChatsScreenProps): React.JSX.Element {
  return (
    <PanelsProvider>
      <ChatsLayout {...props} />
    </PanelsProvider>
  );
}

/** Which chat is open, and at which message when a search hit or a notification opened it. */
interface Selection {
  readonly id: string;
  readonly messageId?: string;
  /** Bumped so opening the same hit twice scrolls to it again. */
  readonly seq: number;
}

function ChatsLayout(props: ChatsScreenProps): React.JSX.Element {
  const { t } = useTranslation();
  const panels = usePanels();
  const { conversations, error } = useConversations();
  const connection = useConnectionBanner();
  const [selection, setSelection] = useState<Selection>();
  const open = useCallback((id: string, messageId?: string) => {
    setSelection((previous) => ({ id, messageId, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  const select = useCallback(
    (id: string) => {
      open(id);
    },
    [open],
  );
  const selected = selection === undefined ? undefined : conversations?.find((conversation) => conversation.id === selection.id);
  return (
    // Narrow windows show the list or the open chat, not both (conversation.css).
    <div className={`chats-screen${connection.banner === undefined ? '' : ' with-banner'}${selected === undefined ? '' : ' showing-conversation'}`}>
      {connection.banner !== undefined && <ConnectionBanner banner={connection.banner} onDismissRestart={connection.dismissRestart} />}
      <nav className="sidebar" aria-labelledby="chats-heading">
        <ConversationList
          conversations={conversations}
          error={error}
          selectedId={selected?.id}
          onSelect={select}
          onNewChat={() => {
            panels.open({ kind: 'new-chat' });
          }}
          onOpenSettings={() => {
            panels.open({ kind: 'settings' });
          }}
        />
        <p className="sidebar-footer">{props.state.deviceName}</p>
      </nav>
      <main className="conversation-pane">
        {props.state.historyProblem !== undefined && (
          <p className="history-problem" role="status">
            {t(historyProblemKey(props.state.historyProblem))}
          </p>
        )}
        {selected === undefined || selection === undefined ? (
          <div className="pick-note">
            <span className="pick-note-icon" aria-hidden="true">
              <Icon name="shield" />
            </span>
            <p className="pick-note-title">{t('conversation.pick')}</p>
            <p className="pick-note-hint">{t('conversation.pickHint')}</p>
          </div>
        ) : (
          // Keyed by the chat and the jump, so each open starts from its own anchor.
          <ConversationView
            key={`${selected.id}:${selection.messageId ?? ''}:${selection.messageId === undefined ? '' : String(selection.seq)}`}
            conversation={selected}
            initialMessageId={selection.messageId}
            onBack={() => {
              setSelection(undefined);
            }}
          />
        )}
      </main>
      <ChatsOverlays
        conversations={conversations}
        selectedConversationId={selected?.id}
        onOpenConversation={open}
        state={props.state}
        theme={props.theme}
        onThemeChange={props.onThemeChange}
        onUnlink={props.onUnlink}
      />
    </div>
  );
}
