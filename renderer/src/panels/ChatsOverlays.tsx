/**
 * Everything drawn over the chats: search, jump to chat, contact and safety number,
 * settings, new chat; plus the global keyboard shortcuts and notifications.
 */
import type { ConversationSummary } from '../../../shared/ipc/chats';
import type { LinkState } from '../../../shared/ipc/link';
import type { ThemePreference } from '../../../shared/ipc/settings';
import { SettingsDialog } from '../components/SettingsDialog';
import { usePanels } from './PanelsContext';

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

export function ChatsOverlays(props: ChatsOverlaysProps): React.JSX.Element | null {
  const panels = usePanels();
  if (panels.current?.kind === 'settings') {
    return (
      <SettingsDialog state={props.state} theme={props.theme} onThemeChange={props.onThemeChange} onUnlink={props.onUnlink} onClose={panels.close} />
    );
  }
  return null;
}
