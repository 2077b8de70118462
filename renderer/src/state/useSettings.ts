import type { Settings } from '../../../shared/ipc/settings';
import { useStore } from './store';
import { useStores } from './stores';

/** The host's interface preferences, kept current by its change event; undefined until read. */
export function useSettings(): Settings | undefined {
  return useStore(useStores().settings);
}
