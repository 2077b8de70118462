import type { AppInfo } from '../../../shared/ipc/app';
import { useStore } from './store';
import { useStores } from './stores';

export function useAppInfo(): AppInfo | undefined {
  return useStore(useStores().appInfo);
}
