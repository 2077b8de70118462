import type { Settings } from '../../../../shared/ipc/settings';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

/** The host's interface preferences, kept current by its change event; undefined until read. */
export function useSettings(): Settings | undefined {
  return useStore(useStores().settings);
}
