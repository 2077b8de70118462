/** The business's settings as this device holds them: the fold of the settings conversation's applied ops. */
import type { BusinessSettings } from '../../../shared/domain/console/settings';
import { settingsConversation, settingsFrom } from '../../../shared/domain/console/settings';
import type { Store } from '../../store';
import { inboxState } from './ops';

export function businessSettings(store: Pick<Store, 'listConsoleOps'>): BusinessSettings {
  return settingsFrom(inboxState(store, settingsConversation).get(settingsConversation)?.settings ?? new Map());
}
