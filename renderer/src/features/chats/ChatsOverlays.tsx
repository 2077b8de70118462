/**
 * Everything drawn over the chats: search, jump to chat, contact and safety number,
 * settings, new chat; plus the global keyboard shortcuts and notifications.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import type { LinkState } from '../../../../shared/ipc/link';
import type { ThemePreference } from '../../../../shared/ipc/settings';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useAppInfo } from '../../state/useAppInfo';
import { useNotifications, useUnreadBadge } from './useNotifications';
import { useSettings } from '../settings/useSettings';
import { ContactPanel } from '../contacts/ContactPanel';
import { JumpPalette } from './JumpPalette';
import { shortcutFor } from './logic';
import type { ShortcutAction } from './logic';
import { NewChatDialog } from './NewChatDialog';
import type { Panel } from './PanelsContext';
import { usePanels } from './PanelsContext';
import { SafetyNumberDialog } from '../contacts/SafetyNumberDialog';
import { SearchPanel } from './SearchPanel';
import { ShortcutsDialog } from './ShortcutsDialog';

export interface ChatsOverlaysProps {
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  readonly selectedConversationId: string | undefined;
  /** Opens a chat, optionally scrolled to one message (a search hit). */
  readonly onOpenConversation: (conversationId: string, messageId?: string) => void;
  readonly state: Extract<LinkState, { kind: 'linked' }>;
  readonly theme: ThemePreference;
  readonly onThemeChange: (next: ThemePreference) => void;
  readonly onUnlink: () => Promise<void>;
}

const panelFor: Record<ShortcutAction, Panel> = {
  jump: { kind: 'jump' },
  search: { kind: 'search' },
  'new-chat': { kind: 'new-chat' },
  settings: { kind: 'settings' },
  shortcuts: { kind: 'shortcuts' },
};

export function ChatsOverlays(props: ChatsOverlaysProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const panels = usePanels();
  const info = useAppInfo();
  const settings = useSettings();
  const latest = useRef({ panels, onOpenConversation: props.onOpenConversation });
  latest.current = { panels, onOpenConversation: props.onOpenConversation };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const current = latest.current.panels;
      if (event.key === 'Escape') {
        if (current.current === undefined) return;
        event.preventDefault();
        current.close();
        return;
      }
      const action = shortcutFor(event);
      if (action === undefined) return;
      // Ours take precedence over the browser's (Ctrl+F find, Ctrl+K search bar).
      event.preventDefault();
      const wanted = panelFor[action];
      if (current.current?.kind === wanted.kind) {
        // The same shortcut again goes back to the field of what is open.
        const field = document.querySelector<HTMLElement>('dialog[open] input');
        field?.focus();
        return;
      }
      current.open(wanted);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  useNotifications({
    active: info !== undefined,
    enabled: settings?.notificationsEnabled ?? true,
    visibleConversationId: props.selectedConversationId,
    onOpen: props.onOpenConversation,
  });
  useUnreadBadge(props.conversations, t('panels.appName'));

  const panel = panels.current;
  if (panel === undefined) return null;
  switch (panel.kind) {
    case 'settings':
      return <SettingsDialog state={props.state} theme={props.theme} onThemeChange={props.onThemeChange} onUnlink={props.onUnlink} onClose={panels.close} />;
    case 'jump':
      return <JumpPalette conversations={props.conversations} onOpenConversation={props.onOpenConversation} onClose={panels.close} />;
    case 'search':
      return (
        <SearchPanel
          key={panel.conversationId ?? 'all'}
          initialQuery={panel.query}
          within={panel.conversationId === undefined ? undefined : props.conversations?.find((conversation) => conversation.id === panel.conversationId)}
          onSearchEverywhere={(query) => {
            panels.open({ kind: 'search', query });
          }}
          onOpenConversation={props.onOpenConversation}
          onClose={panels.close}
        />
      );
    case 'new-chat':
      return <NewChatDialog onOpenConversation={props.onOpenConversation} onClose={panels.close} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={panels.close} />;
    case 'contact':
      return (
        <ContactPanel
          key={panel.conversationId}
          conversationId={panel.conversationId}
          conversation={props.conversations?.find((conversation) => conversation.id === panel.conversationId)}
          onViewSafetyNumber={() => {
            panels.open({ kind: 'safety-number', conversationId: panel.conversationId, returnTo: panel });
          }}
          onClose={panels.close}
        />
      );
    case 'safety-number':
      return <SafetyNumberDialog key={panel.conversationId} conversationId={panel.conversationId} onClose={panels.close} />;
  }
}
