import type { Settings } from '../../../shared/ipc/settings';
import { createClient } from '../ipc';
import { useHostValue } from './useHostValue';

const settings = createClient('settings');

/** The host's interface preferences, kept current by its change event; undefined until read. */
export function useSettings(): Settings | undefined {
  return useHostValue(settings.get, settings.onDidChangeSettings);
}
