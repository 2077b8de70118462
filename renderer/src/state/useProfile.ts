import type { ProfileView } from '../../../shared/ipc/profile';
import { createClient } from '../ipc';
import { useHostValue } from './useHostValue';

const profile = createClient('profile');

/** The user's own name and picture; undefined until read (or if the host cannot say). */
export function useProfile(): ProfileView | undefined {
  return useHostValue(profile.get, profile.onDidChangeProfile);
}
