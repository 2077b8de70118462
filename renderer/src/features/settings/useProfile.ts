import type { ProfileView } from '../../../../shared/ipc/profile';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

/** The user's own name and picture; undefined until read (or if the host cannot say). */
export function useProfile(): ProfileView | undefined {
  return useStore(useStores().profile);
}
